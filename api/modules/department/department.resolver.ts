import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Goal } from "../goal/goal.type.js";
import type { NodeRecord } from "../node/node.type.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { nodesInPlan } from "../shared/plan-nodes.js";
import { neighbours } from "../shared/relations.js";
import { StatusItem } from "../status-item/status-item.type.js";
import { System } from "../system/system.type.js";
import { Department } from "./department.type.js";

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: "Departments (afdelinger) of one plan, or of every plan; by name." })
  departments(@PlanIdArg() planId: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodesInPlan(ctx, "Department", planId, info);
  }

  @FieldResolver(() => [Goal], { description: "The hovedmål (main goals) the department owns, by letter." })
  goals(@Root() department: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Department", "goals", department);
  }

  @FieldResolver(() => [StatusItem], {
    description: "Its status lines on the previous year (status på 2008), in plan order.",
  })
  statusItems(@Root() department: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Department", "statusItems", department);
  }

  @FieldResolver(() => [System], {
    description: "The systems, modules and projects it implements or runs (it is their `owner`), by name.",
  })
  systems(@Root() department: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Department", "systems", department);
  }
}
