import { Field, ID, InputType } from "type-graphql";
import { DatePrecision } from "./date-precision.enum.js";
import { MilestoneTiming } from "./milestone-timing.enum.js";

@InputType({ description: "A new dated milestone." })
export class MilestoneInput {
  @Field(() => ID, { description: "The plan the node belongs to." }) planId!: string;
  @Field(() => String, { description: "Display name." }) name!: string;
  @Field(() => String, { description: "ISO date YYYY-MM-DD (start of a range)." }) date!: string;
  @Field(() => String, { nullable: true, description: "ISO end date for a range." }) endDate?: string;
  @Field(() => String, { description: 'The date as the plan writes it, e.g. "1. juli 2009".' }) dateText!: string;
  @Field(() => DatePrecision, { defaultValue: DatePrecision.DAY, description: "How exact the date is." })
  precision!: string;
  @Field(() => MilestoneTiming, {
    defaultValue: MilestoneTiming.POINT,
    description: "What the date means: a deadline, a start, a point in time, a period or a recurring date.",
  })
  timing!: string;
}

@InputType({ description: "Changes to a milestone." })
export class MilestonePatch {
  @Field(() => String, { nullable: true, description: "Display name." }) name?: string;
  @Field(() => String, { nullable: true, description: "ISO date YYYY-MM-DD (start of a range)." }) date?: string;
  @Field(() => String, { nullable: true, description: "ISO end date for a range." }) endDate?: string;
  @Field(() => String, { nullable: true, description: 'The date as the plan writes it, e.g. "1. juli 2009".' })
  dateText?: string;
  @Field(() => DatePrecision, { nullable: true, description: "How exact the date is." }) precision?: string;
  @Field(() => MilestoneTiming, { nullable: true, description: "What the date means." }) timing?: string;
}
