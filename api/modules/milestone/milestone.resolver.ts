import { Ctx, FieldResolver, Query, Resolver, Root } from "type-graphql";
import type { NodeRecord } from "../node/node.type.js";
import { neighbours } from "../shared/relations.js";
import type { Context } from "../../context.js";
import { nodesInPlan } from "../shared/plan-nodes.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { Milestone } from "./milestone.type.js";

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => [Milestone], { description: "Dated milestones of one plan or of every plan, by date." })
  milestones(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    return nodesInPlan(ctx, "Milestone", planId);
  }

  @Query(() => [Milestone], {
    description:
      "The timeline: the same milestones, by date (for the timeline view; ask each for `dependents` to see what hangs on it).",
  })
  timeline(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    return nodesInPlan(ctx, "Milestone", planId);
  }

  @FieldResolver(() => Milestone, {
    nullable: true,
    description:
      "The dated event this one comes right after (FOLLOWS): if that one moves, this one moves with it; else null.",
  })
  async follows(@Root() milestone: NodeRecord, @Ctx() ctx: Context) {
    const [earlier] = await neighbours(ctx, "Milestone", "follows", milestone);
    return earlier ?? null;
  }

  @FieldResolver(() => [Milestone], {
    description: "The dated events that come right after this one (they move when it moves).",
  })
  followedBy(@Root() milestone: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Milestone", "followedBy", milestone);
  }
}
