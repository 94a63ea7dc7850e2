/**
 * The create, update and delete mutations of one kind of node, built the way type-graphql's
 * resolver-inheritance recipe builds them: the kind's module names its three mutations and
 * describes them, gives its input and patch types and its service functions. The arguments
 * are the same for every kind (`input`; `id`, `version`, `patch`; `id`, `version`), every
 * one needs the role `planner`, and each is one audited transaction.
 */
import { Arg, Args, Authorized, Ctx, Mutation, Resolver, type ClassType } from "type-graphql";
import type { GraphDb } from "../../../graph/driver.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import type { StoredNode } from "../../../graph/repositories/records.js";
import { actorOf, type Context } from "../../context.js";
import { Node } from "../node/node.type.js";
import { DeleteResult } from "./edit-result.type.js";
import { INPUT_ARG, PATCH_ARG, VersionedNodeArgs } from "./write.args.js";

interface Described {
  /** The mutation's name in the schema, e.g. "createGoal". */
  name: string;
  description: string;
}

export interface NodeMutations<Input extends object, Patch extends object> {
  create: Described & { input: ClassType<Input>; run(db: GraphDb, actor: Actor, input: Input): Promise<StoredNode> };
  update: Described & {
    patch: ClassType<Patch>;
    run(db: GraphDb, actor: Actor, node: VersionedNodeArgs, patch: Patch): Promise<StoredNode>;
  };
  delete: Described & { run(db: GraphDb, actor: Actor, node: VersionedNodeArgs): Promise<DeleteResult> };
}

export function nodeMutationResolver<Input extends object, Patch extends object>(kind: NodeMutations<Input, Patch>) {
  @Authorized("planner")
  @Resolver()
  class NodeMutationResolver {
    @Mutation(() => Node, { name: kind.create.name, description: kind.create.description })
    create(@Arg("input", () => kind.create.input, INPUT_ARG) input: Input, @Ctx() ctx: Context) {
      return kind.create.run(ctx.db, actorOf(ctx), input);
    }

    @Mutation(() => Node, { name: kind.update.name, description: kind.update.description })
    update(
      @Args(() => VersionedNodeArgs) node: VersionedNodeArgs,
      @Arg("patch", () => kind.update.patch, PATCH_ARG) patch: Patch,
      @Ctx() ctx: Context,
    ) {
      return kind.update.run(ctx.db, actorOf(ctx), node, patch);
    }

    @Mutation(() => DeleteResult, { name: kind.delete.name, description: kind.delete.description })
    delete(@Args(() => VersionedNodeArgs) node: VersionedNodeArgs, @Ctx() ctx: Context) {
      return kind.delete.run(ctx.db, actorOf(ctx), node);
    }
  }
  return NodeMutationResolver;
}
