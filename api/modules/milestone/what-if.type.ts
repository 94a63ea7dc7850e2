import { Field, Int, ObjectType } from "type-graphql";
import { Goal } from "../goal/goal.type.js";
import { ImpactedNode } from "../impact/impact.type.js";
import { Initiative } from "../initiative/initiative.type.js";
import { Milestone } from "./milestone.type.js";

@ObjectType("MovedMilestone", { description: "A dated event that comes after the one slipping (FOLLOWS), moved with it." })
export class MovedMilestone {
  @Field(() => Milestone, { description: "The milestone that moves." })
  milestone!: Milestone;

  @Field(() => String, { description: "Its date moved by slipDays (ISO 8601)." })
  newDate!: string;

  @Field(() => String, { nullable: true, description: "Its end date moved by slipDays, for periods; else null." })
  newEndDate!: string | null;
}

@ObjectType("WhatIf", { description: "What is hit if a milestone slips: everything downstream of it, with the evidence for each step." })
export class WhatIf {
  @Field(() => Milestone, { description: "The milestone that slips." })
  milestone!: Milestone;

  @Field(() => Int, { description: "By how many days." })
  slipDays!: number;

  @Field(() => String, { description: "The milestone's date moved by slipDays (ISO 8601)." })
  newDate!: string;

  @Field(() => String, { nullable: true, description: "Its end date moved by slipDays, for periods; else null." })
  newEndDate!: string | null;

  @Field(() => [MovedMilestone], { description: "The dated events that come right after it (a START \"straks efter\" a DEADLINE), transitively: they move by the same days." })
  moved!: MovedMilestone[];

  @Field(() => [ImpactedNode], { description: "Everything that transitively depends on the milestone, nearest first, with depth and evidence." })
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
