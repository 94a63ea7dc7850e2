import { Ctx, Query, Resolver } from "type-graphql";
import { allPlans } from "../../../graph/repositories/plan.repository.js";
import type { Context } from "../../context.js";
import { Plan } from "./plan.type.js";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "Every plan in the graph, newest first." })
  plans(@Ctx() ctx: Context) {
    return allPlans(ctx.db);
  }
}
