import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context.js";
import { Milestone } from "../milestone/milestone.type.js";
import { Node, type NodeRecord } from "../node/node.type.js";
import { neighbours } from "../shared/relations.js";
import { StatusItem } from "./status-item.type.js";

@Resolver(() => StatusItem)
export class StatusItemResolver {
  @FieldResolver(() => [Node], {
    description:
      "The plan year's goals and initiatives that carry this line on (CONTINUES_AS), with the evidence on the edge.",
  })
  continuedBy(@Root() item: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "StatusItem", "continuedBy", item);
  }

  @FieldResolver(() => [Milestone], {
    description: "The dated events the line names (past ones are history), by date.",
  })
  milestones(@Root() item: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "StatusItem", "milestones", item);
  }
}
