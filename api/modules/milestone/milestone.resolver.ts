import { Ctx, Query, Resolver } from "type-graphql";
import { nodesOfKind } from "../../../graph/repositories/node.repository.js";
import type { Context } from "../../context.js";
import { found, optionalId } from "../shared/args.js";
import { PlanIdArg } from "../shared/plan-arg.js";
import { Milestone } from "./milestone.type.js";

@Resolver(() => Milestone)
export class MilestoneResolver {
  @Query(() => [Milestone], { description: "Dated milestones of one plan or of every plan, by date." })
  async milestones(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    const plan = optionalId("planId", planId);
    return found(await nodesOfKind(ctx.db, "Milestone", plan), "Plan", plan ?? "").nodes;
  }

  @Query(() => [Milestone], { description: "The timeline: the same milestones, by date (for the timeline view; ask each for `dependents` to see what hangs on it)." })
  async timeline(@PlanIdArg() planId: string | null, @Ctx() ctx: Context) {
    const plan = optionalId("planId", planId);
    return found(await nodesOfKind(ctx.db, "Milestone", plan), "Plan", plan ?? "").nodes;
  }
}
