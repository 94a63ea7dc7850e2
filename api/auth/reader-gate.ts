/**
 * Reading needs the role `reader` (anonymous requests have it while PLANGRAF_ANONYMOUS_READ
 * is on). Checked once per operation, after it is parsed and validated and before any
 * resolver runs: a per-field middleware would wrap every resolver of every answer.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context.js";
import { requireRole } from "./auth-checker.js";

export const readerGate: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ contextValue, operation }) {
        if (operation?.operation !== "query") return;
        const field = operation.selectionSet.selections.find((s) => s.kind === "Field");
        requireRole(contextValue, "reader", `Query${field && field.kind === "Field" ? `.${field.name.value}` : ""}`);
      },
    };
  },
};
