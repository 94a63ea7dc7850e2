import { Field, ID, InputType } from "type-graphql";
import { RelationType } from "../dependency/relation-type.enum.js";
import { DatePrecision } from "../milestone/date-precision.enum.js";
import { MilestoneTiming } from "../milestone/milestone-timing.enum.js";

@InputType({ description: "A new IT system, module, platform or project." })
export class SystemInput {
  @Field(() => ID, { description: "The plan the node belongs to." }) planId!: string;
  @Field(() => String, { description: "Display name." }) name!: string;
  @Field(() => String, { defaultValue: "system", description: "system | module | platform | project | infrastructure" })
  category!: string;
  @Field(() => [String], {
    defaultValue: [],
    description: "Other names the plan uses for it (for search and for detecting mentions).",
  })
  aliases!: string[];
  @Field(() => String, { defaultValue: "", description: "A short description." }) description!: string;
  @Field(() => ID, { nullable: true, description: "The system this one is a module of (PART_OF)." })
  parentId?: string;
}

@InputType({ description: "Changes to a system." })
export class SystemPatch {
  @Field(() => String, { nullable: true, description: "Display name." }) name?: string;
  @Field(() => String, { nullable: true, description: "system | module | platform | project | infrastructure" })
  category?: string;
  @Field(() => [String], {
    nullable: true,
    description: "Other names the plan uses for it (for search and for detecting mentions).",
  })
  aliases?: string[];
  @Field(() => String, { nullable: true, description: "A short description." }) description?: string;
}

@InputType({ description: "A new outside organisation." })
export class OrganisationInput {
  @Field(() => ID, { description: "The plan the node belongs to." }) planId!: string;
  @Field(() => String, { description: "Display name." }) name!: string;
  @Field(() => [String], {
    defaultValue: [],
    description: "Other names the plan uses for it (for search and for detecting mentions).",
  })
  aliases!: string[];
  @Field(() => String, { defaultValue: "", description: "A short description." }) description!: string;
}

@InputType({ description: "Changes to an organisation." })
export class OrganisationPatch {
  @Field(() => String, { nullable: true, description: "Display name." }) name?: string;
  @Field(() => [String], {
    nullable: true,
    description: "Other names the plan uses for it (for search and for detecting mentions).",
  })
  aliases?: string[];
  @Field(() => String, { nullable: true, description: "A short description." }) description?: string;
}

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

@InputType({
  description:
    "A new edge (e.g. `from` needs `to`). Give `evidence`, the passage of the plan that states it; add `inferredReason` when the passage only supports it (the edge is then stored as inferred). The ends must be of the kinds the type joins (RelationType).",
})
export class DependencyInput {
  @Field(() => ID, { description: "Id of the needing end (the edge starts here)." }) from!: string;
  @Field(() => ID, { description: "Id of the needed end (the edge points here)." }) to!: string;
  @Field(() => RelationType, {
    description:
      "A type a facts file may state (not the plan's structure: OWNS, HAS_DEPARTMENT, HAS_THEME, HAS_STATUS, HAS_INITIATIVE).",
  })
  type!: string;
  @Field(() => String, { nullable: true, description: "A verbatim passage of the plan that states the edge." })
  evidence?: string;
  @Field(() => String, { nullable: true, description: "The section of the plan the evidence is from." })
  section?: string;
  @Field(() => String, {
    nullable: true,
    description: "Why the edge is believed when the evidence only supports it; the edge is stored as inferred.",
  })
  inferredReason?: string;
}

@InputType({ description: "Changes to a dependency edge's evidence." })
export class DependencyPatch {
  @Field(() => String, { nullable: true, description: "A verbatim passage of the plan that states the edge." })
  evidence?: string;
  @Field(() => String, { nullable: true, description: "The section of the plan the evidence is from." })
  section?: string;
  @Field(() => String, {
    nullable: true,
    description: "Why the edge is believed when no passage states it; the edge is then stored as inferred.",
  })
  inferredReason?: string;
}
