import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context.js";
import { Node, type NodeRecord } from "./node.type.js";

@Resolver(() => Node)
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "One node by id, of any kind; null when there is none." })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<NodeRecord | null> {
    return ctx.loaders.nodeById.load(id) as Promise<NodeRecord | null>;
  }
}
