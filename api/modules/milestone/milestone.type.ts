import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";
import { DatePrecision } from "./date-precision.enum.js";
import { MilestoneTiming } from "./milestone-timing.enum.js";

@ObjectType("Milestone", {
  implements: Node,
  description:
    "A dated event the plan names, e.g. the new IT infrastructure by 1 July 2009, or the kommunalvalg (local election) on 17 November 2009.",
})
export class Milestone extends Node {
  @Field(() => String, { description: "ISO 8601 date (YYYY-MM-DD); the first day when the plan gives a period." })
  date!: string;

  @Field(() => String, {
    nullable: true,
    description: "ISO 8601 last day of the period (ranges, months, quarters, half years); null for a single day.",
  })
  endDate!: string | null;

  @Field(() => String, { description: 'The date as the plan writes it, e.g. "1. juli 2009".' })
  dateText!: string;

  @Field(() => DatePrecision, { description: "How precisely the plan dates it." })
  precision!: DatePrecision;

  @Field(() => MilestoneTiming, { description: "What the date means: DEADLINE, START, POINT, PERIOD or RECURRING." })
  timing!: MilestoneTiming;

  @Field(() => Boolean, {
    description:
      "True when it lies wholly before the plan's year: history that explains the plan (shown apart on the timeline).",
  })
  past!: boolean;
}
