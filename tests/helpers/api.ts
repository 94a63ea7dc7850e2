/**
 * Runs GraphQL operations through the real schema, context, auth rules and error formatting
 * (Apollo's executeOperation) against the test Neo4j. `queries` counts Cypher round trips.
 * An `operation()` gives typed data and variables; a plain string gives the answer as
 * `Record<string, unknown>` unless the caller names its shape.
 */
import type { ApolloServer } from "@apollo/server";
import type { GraphDb } from "../../graph/driver.js";
import type { User } from "../../api/auth/roles.js";
import type { AuthSettings } from "../../api/auth/settings.js";
import { createContext, type Context } from "../../api/context.js";
import { buildApp } from "../../api/server.js";
import { sourceOf, type Operation, type Variables } from "./operation.js";

export interface OperationResult<T = Record<string, unknown>> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  queries: number;
}

export const TEST_AUTH: AuthSettings = {
  secret: new TextEncoder().encode("test-secret-0123456789-0123456789-abcdef"),
  anonymousRead: true,
  secretSource: "env",
};

export const PLANNER: User = { id: "test-planner", role: "planner" };
export const ADMIN: User = { id: "test-admin", role: "admin" };
export const READER: User = { id: "anonymous", role: "reader" };
/** A request without a token while anonymous reading is on (what the server makes of one). */
export const ANONYMOUS: User = { id: "anonymous", role: "reader", anonymous: true };

export async function testApi(db: GraphDb, production = false) {
  const { apollo } = await buildApp({ db, auth: TEST_AUTH, production, log: () => {} });
  const server = apollo as ApolloServer<Context>;
  function run<TData, TVariables extends Variables>(
    query: Operation<TData, TVariables>,
    variables?: TVariables,
    user?: User | null,
  ): Promise<OperationResult<TData>>;
  function run<TData = Record<string, unknown>>(
    query: string,
    variables?: Variables,
    user?: User | null,
  ): Promise<OperationResult<TData>>;
  async function run(
    query: string | Operation<unknown, never>,
    variables: Variables = {},
    user: User | null = READER,
  ): Promise<OperationResult<unknown>> {
    const context = createContext(db, user, TEST_AUTH);
    const response = await server.executeOperation({ query: sourceOf(query), variables }, { contextValue: context });
    if (response.body.kind !== "single") throw new Error("Expected a single result");
    const { data, errors } = response.body.singleResult;
    return { data, errors: errors as OperationResult["errors"], queries: context.stats.queries };
  }
  return {
    run,
    stop: () => server.stop(),
  };
}
