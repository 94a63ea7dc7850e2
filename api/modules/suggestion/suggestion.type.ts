import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { SuggestionKind, SuggestionStatus } from "./suggestion.enums.js";

@ObjectType("Suggestion", {
  description:
    "A fact the suggester proposes for an imported plan, stored apart from the graph until a planner accepts it.",
})
export class Suggestion {
  @Field(() => ID, { description: "Stable id: the same plan text gives the same ids." })
  id!: string;

  @Field(() => String, { description: "Id of the plan it is for." })
  planId!: string;

  @Field(() => SuggestionKind, { description: "What kind of fact it is." })
  kind!: string;

  @Field(() => String, { description: 'The name, or the date as written; for a link, "from → to".' })
  label!: string;

  @Field(() => String, { description: "The sentence of the plan that shows it (verbatim, normalised like evidence)." })
  quote!: string;

  @Field(() => String, { description: "Heading path of the quote." })
  section!: string;

  @Field(() => Int, { description: "Line of the quote in the plan's Markdown." })
  line!: number;

  @Field(() => Float, { description: "How sure the rule is, 0-1." })
  confidence!: number;

  @Field(() => String, {
    description: 'The Danish language rule that proposed it, e.g. "cue+department", "dated-deadline".',
  })
  rule!: string;

  @Field(() => SuggestionStatus, { description: "OPEN, ACCEPTED or REJECTED." })
  status!: string;

  @Field(() => String, { nullable: true, description: "The first end's name as written." })
  fromLabel!: string | null;

  @Field(() => String, { nullable: true, description: "The other end's name as written." })
  toLabel!: string | null;

  @Field(() => ID, {
    nullable: true,
    description: "After acceptance: the id of the node (or `from|TYPE|to` of the edge) written.",
  })
  factId!: string | null;

  @Field(() => Int, { description: "Raised by every review action." })
  version!: number;
}
