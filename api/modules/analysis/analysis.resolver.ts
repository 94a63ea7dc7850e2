import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import { crossDepartmentEdges, dependencyMatrix, keyNodes } from "../../../graph/repositories/analysis.repository.js";
import type { Context } from "../../context.js";
import { Dependency } from "../dependency/dependency.type.js";
import { found, intInRange, optionalId } from "../shared/args.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { DependencyMatrix, KeyNode } from "./analysis.type.js";

export const MAX_KEY_NODES = 100;

@Resolver()
export class AnalysisResolver {
  @Query(() => [Dependency], { description: "Every dependency edge whose two ends belong to different departments, with evidence; by department pair." })
  async crossDepartmentDependencies(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    const plan = optionalId("planId", planId);
    return found(await crossDepartmentEdges(ctx.db, plan), "Plan", plan ?? "");
  }

  @Query(() => DependencyMatrix, { description: "Department x department counts of dependency edges between different departments' goals, initiatives, status items and the departments themselves." })
  async dependencyMatrix(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    const plan = optionalId("planId", planId);
    return found(await dependencyMatrix(ctx.db, plan), "Plan", plan ?? "");
  }

  @Query(() => [KeyNode], { description: "The nodes most depended upon (transitive dependents, then betweenness): candidate single points of failure." })
  async keyNodes(
    @PlanIdArg() planId: string | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 10, description: "How many, 1-100." }) limit: number | null,
    @Ctx() ctx: Context,
  ) {
    const plan = optionalId("planId", planId);
    return found(await keyNodes(ctx.db, plan, intInRange("limit", limit, 1, MAX_KEY_NODES, 10)), "Plan", plan ?? "");
  }
}
