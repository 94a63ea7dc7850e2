import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { MAX_DEPTH } from "../../../graph/repositories/impact.repository.js";
import { milestoneSlip, type WhatIfRecord } from "../../../graph/repositories/what-if.repository.js";
import type { Context } from "../../context.js";
import { intInRange, ofKind, requiredId } from "../shared/args.js";
import { WhatIf } from "./what-if.type.js";

/** About ten years; a slip is a delay, so at least a day. */
export const MIN_SLIP_DAYS = 1;
export const MAX_SLIP_DAYS = 3650;

const toWhatIf = ({ impact, ...record }: WhatIfRecord) => ({
  ...record,
  affected: impact.nodes,
  goals: impact.nodes.filter((n) => n.node.kind === "Goal").map((n) => n.node),
  initiatives: impact.nodes.filter((n) => n.node.kind === "Initiative").map((n) => n.node),
  truncated: impact.truncated,
  truncatedReason: impact.truncatedReason,
});

@Resolver(() => WhatIf)
export class WhatIfResolver {
  @Query(() => WhatIf, {
    description:
      "Which goals and initiatives are hit if a milestone slips by some days. Unknown id: NOT_FOUND; not a milestone: BAD_USER_INPUT.",
  })
  async whatIf(
    @Arg("milestone", () => ID, { description: "A milestone's id." }) milestone: string,
    @Arg("slipDays", () => Int, {
      description: "Days it slips, 1..3650 (about ten years); anything else: BAD_USER_INPUT.",
    })
    slipDays: number,
    @Arg("maxDepth", () => Int, {
      nullable: true,
      defaultValue: MAX_DEPTH,
      description: "How many edges away to look, 1-10.",
    })
    maxDepth: number | null,
    @Ctx() ctx: Context,
  ) {
    const id = requiredId("milestone", milestone);
    const days = intInRange("slipDays", slipDays, MIN_SLIP_DAYS, MAX_SLIP_DAYS);
    const depth = intInRange("maxDepth", maxDepth, 1, MAX_DEPTH, MAX_DEPTH);
    return toWhatIf(ofKind(await milestoneSlip(ctx.db, id, days, depth), "Milestone", id, "milestone"));
  }
}
