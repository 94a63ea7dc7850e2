/** Planners' writes to dependency edges (`from` needs `to`): role `planner`, one audited transaction each. */
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { actorOf, type Context } from "../../context.js";
import { DeleteResult } from "../shared/edit-result.type.js";
import { INPUT_ARG, PATCH_ARG } from "../shared/write.args.js";
import { DependencyInput, DependencyKeyArgs, DependencyPatch, VersionedDependencyArgs } from "./dependency.inputs.js";
import * as dependencies from "./dependency.service.js";
import { Dependency } from "./dependency.type.js";

@Authorized("planner")
@Resolver()
export class DependencyMutationResolver {
  @Mutation(() => Dependency, {
    description: "Adds a dependency edge; no self-edges, no duplicates, both ends in one plan.",
  })
  createDependency(@Arg("input", () => DependencyInput, INPUT_ARG) input: DependencyInput, @Ctx() ctx: Context) {
    return dependencies.createDependency(ctx.db, actorOf(ctx), input);
  }

  @Mutation(() => Dependency, {
    description: "Changes an edge's evidence, section or inferred reason; `version` must be the one you read.",
  })
  updateDependency(
    @Args(() => VersionedDependencyArgs) edge: VersionedDependencyArgs,
    @Arg("patch", () => DependencyPatch, PATCH_ARG) patch: DependencyPatch,
    @Ctx() ctx: Context,
  ) {
    return dependencies.updateDependency(ctx.db, actorOf(ctx), edge, patch);
  }

  @Mutation(() => DeleteResult, { description: "Removes a dependency edge." })
  deleteDependency(@Args(() => DependencyKeyArgs) edge: DependencyKeyArgs, @Ctx() ctx: Context) {
    return dependencies.deleteDependency(ctx.db, actorOf(ctx), edge);
  }
}
