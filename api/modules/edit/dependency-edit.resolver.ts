/**
 * Planners' writes to dependency edges (`from` needs `to`). An edge carries evidence from
 * the plan, or is stored as inferred with the author's reason. Role `planner`; audited.
 */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { actorOf, type Context } from "../../context.js";
import { Dependency } from "../dependency/dependency.type.js";
import { RelationType } from "../dependency/relation-type.enum.js";
import { DependencyInput, DependencyPatch } from "./catalogue.input.js";
import { DeleteResult } from "./edit-result.type.js";
import * as service from "./edit.service.js";

@Resolver()
export class DependencyEditResolver {
  @Authorized("planner")
  @Mutation(() => Dependency, {
    description: "Adds a dependency edge; no self-edges, no duplicates, both ends in one plan.",
  })
  createDependency(
    @Arg("input", () => DependencyInput, { description: "The new fields." }) input: DependencyInput,
    @Ctx() ctx: Context,
  ) {
    return service.createDependency(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Dependency, {
    description: "Changes an edge's evidence, section or inferred reason; `version` must be the one you read.",
  })
  updateDependency(
    @Arg("from", () => ID, { description: "Id of the needing end." }) from: string,
    @Arg("to", () => ID, { description: "Id of the needed end." }) to: string,
    @Arg("type", () => RelationType, { description: "The edge's type (a dependency type)." }) type: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => DependencyPatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: DependencyPatch,
    @Ctx() ctx: Context,
  ) {
    return service.updateDependency(ctx.db, actorOf(ctx), { from, to, type }, version, patch);
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes a dependency edge." })
  async deleteDependency(
    @Arg("from", () => ID, { description: "Id of the needing end." }) from: string,
    @Arg("to", () => ID, { description: "Id of the needed end." }) to: string,
    @Arg("type", () => RelationType, { description: "The edge's type (a dependency type)." }) type: string,
    @Ctx() ctx: Context,
  ) {
    const key = { from, to, type: service.dependencyType(type) };
    await edit.deleteDependency(ctx.db, actorOf(ctx), key);
    return { deletedIds: [`${from}|${type}|${to}`] };
  }
}
