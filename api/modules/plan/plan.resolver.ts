import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { allPlans } from "../../../graph/repositories/plan.repository.js";
import type { Context } from "../../context.js";
import { Department } from "../department/department.type.js";
import type { NodeRecord } from "../node/node.type.js";
import { neighbours } from "../shared/relations.js";
import { Theme } from "../theme/theme.type.js";
import { Plan } from "./plan.type.js";

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: "Every plan in the graph, newest first." })
  plans(@Ctx() ctx: Context) {
    return allPlans(ctx.db);
  }

  @FieldResolver(() => [Department], { description: "The departments (afdelinger) the plan covers, by name." })
  departments(@Root() plan: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Plan", "departments", plan);
  }

  @FieldResolver(() => [Theme], { description: "The plan's tværgående emner (cross-cutting themes)." })
  themes(@Root() plan: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Plan", "themes", plan);
  }
}
