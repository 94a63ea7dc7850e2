/** "Sammenlign": two plans compared, and a planner's correction of a goal match (stored, audited). */
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import { comparePlanGraphs, correctGoalMatch } from "../../../graph/repositories/compare.repository.js";
import { actorOf, type Context } from "../../context.js";
import { optionalId, requiredId } from "../shared/args.js";
import { badInput } from "../../errors.js";
import { PlanComparison } from "./compare.type.js";

@Resolver()
export class CompareResolver {
  @Query(() => PlanComparison, {
    description:
      "What changed from plan `from` to plan `to`: goals continued, renamed, moved, new and dropped; initiatives; systems; dependencies; milestones. A plan compared with itself gives only CONTINUED.",
  })
  comparePlans(
    @Arg("from", () => ID, { description: 'The earlier plan, e.g. "ltk-okf-2009".' }) from: string,
    @Arg("to", () => ID, { description: "The later plan." }) to: string,
    @Ctx() ctx: Context,
  ) {
    return comparePlanGraphs(ctx.db, requiredId("from", from), requiredId("to", to));
  }

  @Authorized("planner")
  @Mutation(() => PlanComparison, {
    description:
      "Corrects a goal match: `fromGoal` is `toGoal`, or, with one of them left out, that goal has no counterpart. Stored; returns the comparison again.",
  })
  async correctGoalMatch(
    @Arg("from", () => ID, { description: "The earlier plan." }) from: string,
    @Arg("to", () => ID, { description: "The later plan." }) to: string,
    @Arg("fromGoal", () => ID, { nullable: true, description: "A goal of the earlier plan." }) fromGoal: string | null,
    @Arg("toGoal", () => ID, { nullable: true, description: "A goal of the later plan." }) toGoal: string | null,
    @Ctx() ctx: Context,
  ) {
    const input = {
      from: requiredId("from", from),
      to: requiredId("to", to),
      fromGoal: optionalId("fromGoal", fromGoal),
      toGoal: optionalId("toGoal", toGoal),
    };
    if (!input.fromGoal && !input.toGoal) throw badInput("Send fromGoal, toGoal or both.", "fromGoal");
    await correctGoalMatch(ctx.db, actorOf(ctx), input);
    return comparePlanGraphs(ctx.db, input.from, input.to);
  }
}
