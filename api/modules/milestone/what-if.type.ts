import { Field, ID, Int, ObjectType } from "type-graphql";
import { Goal } from "../goal/goal.type.js";
import { ImpactedNode } from "../impact/impact.type.js";
import { Initiative } from "../initiative/initiative.type.js";
import { NodeKind } from "../node/node-kind.enum.js";
import { Milestone } from "./milestone.type.js";

@ObjectType("MovedMilestone", {
  description: "A dated event that comes after the one slipping (FOLLOWS), moved with it.",
})
export class MovedMilestone {
  @Field(() => Milestone, { description: "The milestone that moves." })
  milestone!: Milestone;

  @Field(() => String, { description: "Its date moved by slipDays (ISO 8601)." })
  newDate!: string;

  @Field(() => String, { nullable: true, description: "Its end date moved by slipDays, for periods; else null." })
  newEndDate!: string | null;
}

@ObjectType("DeadlineHolder", { description: "A goal or initiative hit by the slip that holds a deadline." })
export class DeadlineHolder {
  @Field(() => ID, { description: "The goal's or initiative's id." })
  id!: string;

  @Field(() => String, { description: "Its name." })
  name!: string;

  @Field(() => NodeKind, { description: "GOAL or INITIATIVE." })
  kind!: string;
}

@ObjectType("MissedDeadline", {
  description:
    "A DEADLINE of a goal or initiative the slip hits: met by the milestone's old date, missed by its new one. It does not move.",
})
export class MissedDeadline {
  @Field(() => Milestone, { description: "The deadline." })
  milestone!: Milestone;

  @Field(() => [DeadlineHolder], { description: "The goals and initiatives hit that hold it." })
  holders!: DeadlineHolder[];

  @Field(() => String, {
    description: "The deadline's last day (its end date for a quarter, half-year or year), ISO 8601.",
  })
  deadline!: string;

  @Field(() => String, { description: "The slipping milestone's (last) date before the slip." })
  oldDate!: string;

  @Field(() => String, { description: "The slipping milestone's (last) date after the slip: after the deadline." })
  newDate!: string;

  @Field(() => Int, { description: "Days from the deadline to the new date." })
  daysLate!: number;
}

@ObjectType("WhatIf", {
  description: "What is hit if a milestone slips: everything downstream of it, with the evidence for each step.",
})
export class WhatIf {
  @Field(() => Milestone, { description: "The milestone that slips." })
  milestone!: Milestone;

  @Field(() => Int, { description: "By how many days." })
  slipDays!: number;

  @Field(() => String, { description: "The milestone's date moved by slipDays (ISO 8601)." })
  newDate!: string;

  @Field(() => String, { nullable: true, description: "Its end date moved by slipDays, for periods; else null." })
  newEndDate!: string | null;

  @Field(() => [MovedMilestone], {
    description:
      'The dated events that come right after it (a START "straks efter" a DEADLINE), transitively: they move by the same days.',
  })
  moved!: MovedMilestone[];

  @Field(() => [Milestone], {
    description:
      "Events that come after it but fall on a fixed date (timing POINT, e.g. an election): they do not move.",
  })
  fixed!: Milestone[];

  @Field(() => [MissedDeadline], {
    description:
      "Deadlines (timing DEADLINE) of the goals and initiatives hit that the new date now overruns, earliest first.",
  })
  missedDeadlines!: MissedDeadline[];

  @Field(() => [ImpactedNode], {
    description: "Everything that transitively depends on the milestone, nearest first, with depth and evidence.",
  })
  affected!: ImpactedNode[];

  @Field(() => [Goal], { description: "The goals (hovedmål) among them." })
  goals!: Goal[];

  @Field(() => [Initiative], { description: "The initiatives (indsatsområder) among them." })
  initiatives!: Initiative[];

  @Field(() => Boolean, { description: "True when a depth or size cap left nodes out (see truncatedReason)." })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: "Why the answer was cut; null when complete." })
  truncatedReason!: string | null;
}
