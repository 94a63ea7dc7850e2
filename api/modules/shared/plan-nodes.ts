/** The list queries of one kind of node: those of one plan, or of every plan. */
import type { GraphQLResolveInfo } from "graphql";
import { nodesOfKind } from "../../../graph/repositories/node.repository.js";
import type { Context } from "../../context.js";
import { inPlan } from "./plan-arg.js";
import { attachRelations, selectedRelations, type TypeWithRelations } from "./relations.js";

/**
 * The nodes of `kind` in the plan `planId` (every plan when null); NOT_FOUND for an unknown
 * plan. With `info`, the relations the request selects below the list are read in the same
 * statement (see relations.ts).
 */
export async function nodesInPlan(
  ctx: Context,
  kind: TypeWithRelations,
  planId: string | null,
  info?: GraphQLResolveInfo,
) {
  const steps = info ? selectedRelations(info, kind) : [];
  return attachRelations(steps, await inPlan(planId, (plan) => nodesOfKind(ctx.db, kind, plan, steps)));
}
