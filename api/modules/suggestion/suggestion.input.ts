import { Field, ID, InputType } from "type-graphql";
import { SuggestionKind } from "./suggestion.enums.js";

@InputType("SuggestionPatch", {
  description: "Changes to an open suggestion before it is accepted; omitted fields stay.",
})
export class SuggestionPatch {
  @Field(() => String, { nullable: true, description: "A corrected name or date text." })
  label?: string | null;

  @Field(() => ID, { nullable: true, description: "Another first end (node id)." })
  from?: string | null;

  @Field(() => ID, { nullable: true, description: "Another other end (node id)." })
  to?: string | null;

  @Field(() => SuggestionKind, {
    nullable: true,
    description: "Another kind, e.g. COORDINATION instead of DEPENDENCY.",
  })
  kind?: string | null;
}
