import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { NodeKind } from "../node/node-kind.enum.js";
import type { PlanBlockKind } from "./plan-sections.js";

export const PlanBlockKindEnum = {
  HEADING: "HEADING",
  PARAGRAPH: "PARAGRAPH",
  BULLET: "BULLET",
} as const satisfies Record<PlanBlockKind, PlanBlockKind>;
registerEnumType(PlanBlockKindEnum, {
  name: "PlanBlockKind",
  description: "A block of the plan's text: a sub-heading, a paragraph or a bullet.",
  valuesConfig: {
    HEADING: {
      description: 'A heading inside the section that the heading path does not name ("Hovedmål" in a goal).',
    },
    PARAGRAPH: { description: "A paragraph." },
    BULLET: { description: "A bullet point; depth gives its nesting." },
  },
});

@ObjectType("PlanBlock", {
  description: "One block of a section's text, normalised (emphasis and page-break hyphens removed) as quotes are.",
})
export class PlanBlock {
  @Field(() => PlanBlockKindEnum, { description: "Sub-heading, paragraph or bullet." })
  kind!: PlanBlockKind;

  @Field(() => String, { description: "The block's text, as quotes are matched against it." })
  text!: string;

  @Field(() => Int, { description: "Nesting depth of a bullet; 0 otherwise." })
  depth!: number;

  @Field(() => Int, { description: "Line in the source document." })
  line!: number;
}

@ObjectType("PlanNodeRef", { description: "A node named in the reader: enough to link back into the graph." })
export class PlanNodeRef {
  @Field(() => ID, { description: "The node's id (`/?view=graph&plan=<planId>&selected=<id>` opens it)." })
  id!: string;

  @Field(() => String, { description: "The node's name." })
  name!: string;

  @Field(() => NodeKind, { description: "The node's kind." })
  kind!: string;
}

@ObjectType("PlanQuote", { description: "An edge that quotes the section: its quote and both ends." })
export class PlanQuote {
  @Field(() => ID, { description: "The edge's id." })
  id!: string;

  @Field(() => String, { description: "The relationship type (DEPENDS_ON, HAS_MILESTONE, ...)." })
  type!: string;

  @Field(() => String, { description: "The plan's words the edge quotes." })
  quote!: string;

  @Field(() => PlanNodeRef, { description: "The edge's start node." })
  from!: PlanNodeRef;

  @Field(() => PlanNodeRef, { description: "The edge's end node." })
  to!: PlanNodeRef;
}

@ObjectType("PlanSection", {
  description: "A section of the plan: a heading with its text, anchored by the slug of its heading path.",
})
export class PlanSection {
  @Field(() => String, {
    description: "The anchor (`/plan/<planId>#<anchor>`): the slug of the heading path; a repeated path gets -2, -3.",
  })
  anchor!: string;

  @Field(() => [String], { description: "The heading path, outermost first." })
  path!: string[];

  @Field(() => String, { description: 'The path joined by " > ": what quotes and nodes give as their section.' })
  section!: string;

  @Field(() => String, { description: "The heading as written." })
  heading!: string;

  @Field(() => Int, { description: "Depth of the heading path (1: a part of the plan)." })
  level!: number;

  @Field(() => Int, { description: "Line of the heading in the source document." })
  line!: number;

  @Field(() => [PlanBlock], { description: "The section's text, block by block, up to the next heading path." })
  blocks!: PlanBlock[];

  @Field(() => [PlanQuote], { description: "The edges that quote this section." })
  quotes!: PlanQuote[];

  @Field(() => [PlanNodeRef], { description: "The nodes stated in this section." })
  nodes!: PlanNodeRef[];
}

@ObjectType("PlanDocument", { description: "A plan's source document for reading, section by section." })
export class PlanDocument {
  @Field(() => ID, { description: "The plan's id." })
  planId!: string;

  @Field(() => String, { description: "The source file's name." })
  file!: string;

  @Field(() => [PlanSection], { description: "The sections in document order." })
  sections!: PlanSection[];
}
