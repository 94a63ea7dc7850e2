import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import {
  crossDepartmentEdges,
  DEFAULT_BASES,
  dependencyMatrix,
  keyNodes,
} from "../../../graph/repositories/analysis.repository.js";
import { DependencyBasis } from "../dependency/dependency-basis.enum.js";
import type { Context } from "../../context.js";
import { badInput } from "../../errors.js";
import { Dependency } from "../dependency/dependency.type.js";
import { intInRange } from "../shared/args.js";
import { inPlan, PlanIdArg } from "../shared/plan-arg.js";
import { DependencyMatrix, KeyNode } from "./analysis.type.js";

export const MAX_KEY_NODES = 100;

/** `include: [DependencyBasis!] = [STATED, VIA_SYSTEM]`: which bases a cross-department answer counts. */
const IncludeArg = () =>
  Arg("include", () => [DependencyBasis], {
    nullable: true,
    defaultValue: [...DEFAULT_BASES],
    description: "Which bases to count: STATED and VIA_SYSTEM unless INFERRED is asked for too. At least one.",
  });

function bases(include: DependencyBasis[] | null): DependencyBasis[] {
  if (include === null || include.length === 0)
    throw badInput("include must name at least one DependencyBasis (STATED, VIA_SYSTEM, INFERRED).", "include");
  return [...new Set(include)];
}

@Resolver()
export class AnalysisResolver {
  @Query(() => [Dependency], {
    description:
      "Every dependency edge whose two ends belong to different departments (a system belongs to the department responsible for it), with evidence and `basis`; by department pair. Inferred edges only when `include` asks for INFERRED.",
  })
  crossDepartmentDependencies(
    @PlanIdArg() planId: string | null,
    @IncludeArg() include: DependencyBasis[] | null,
    @Ctx() ctx: Context,
  ) {
    return inPlan(planId, (plan) => crossDepartmentEdges(ctx.db, plan, bases(include)));
  }

  @Query(() => DependencyMatrix, {
    description:
      "Department x department counts of cross-department dependency edges (goals, initiatives, status items, departments and the systems they are responsible for), by basis; `count` adds up the bases in `include`. A coordination counts both ways.",
  })
  dependencyMatrix(
    @PlanIdArg() planId: string | null,
    @IncludeArg() include: DependencyBasis[] | null,
    @Ctx() ctx: Context,
  ) {
    return inPlan(planId, (plan) => dependencyMatrix(ctx.db, plan, bases(include)));
  }

  @Query(() => [KeyNode], {
    description:
      "The nodes most depended upon (transitive dependents, then betweenness): candidate single points of failure.",
  })
  keyNodes(
    @PlanIdArg() planId: string | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 10, description: "How many, 1-100." })
    limit: number | null,
    @Ctx() ctx: Context,
  ) {
    return inPlan(planId, (plan) => keyNodes(ctx.db, plan, intInRange("limit", limit, 1, MAX_KEY_NODES, 10)));
  }
}
