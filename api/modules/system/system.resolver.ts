import type { GraphQLResolveInfo } from "graphql";
import { Ctx, FieldResolver, Info, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import type { NodeRecord } from "../node/node.type.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { nodesInPlan } from "../shared/plan-nodes.js";
import { neighbours } from "../shared/relations.js";
import { Department } from "../department/department.type.js";
import { System } from "./system.type.js";

@Resolver(() => System)
export class SystemResolver {
  @Query(() => [System], {
    description: "IT systems, modules, platforms and projects of one plan or of every plan; by name.",
  })
  systems(@PlanIdArg() planId: string | null, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return nodesInPlan(ctx, "System", planId, info);
  }

  @FieldResolver(() => System, {
    nullable: true,
    description: "For a module: the system it is part of (OPUS for OPUS e-indkøb); else null.",
  })
  async parent(@Root() system: NodeRecord, @Ctx() ctx: Context) {
    const [parent] = await neighbours(ctx, "System", "parent", system);
    return parent ?? null;
  }

  @FieldResolver(() => [System], { description: "Its modules (systems PART_OF it), by name." })
  modules(@Root() system: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "System", "modules", system);
  }

  @FieldResolver(() => Department, {
    nullable: true,
    description:
      "The department that implements or runs it (RESPONSIBLE_FOR), as the plan says in `ownerEvidence`; null when the plan names no owner.",
  })
  async owner(@Root() system: NodeRecord, @Ctx() ctx: Context) {
    const [owner] = await neighbours(ctx, "System", "owner", system);
    return owner ?? null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The passage of the plan that names the owner; null when the plan names none.",
  })
  ownerEvidence(@Root() system: NodeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.ownerEvidence.load(system.id);
  }

  @FieldResolver(() => [System], { description: "Systems it replaces (OPUS replaces ØS)." })
  replaces(@Root() system: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "System", "replaces", system);
  }
}
