import { Field, ID, InputType, Int } from "type-graphql";

@InputType("SaveViewInput", {
  description: "A named view to save: new (no id), or a replacement of an existing one (id and version).",
})
export class SaveViewInput {
  @Field(() => ID, { description: "The plan the view belongs to." })
  planId!: string;

  @Field(() => String, { description: "The name shown in the header's list (1-120 characters, unique in the plan)." })
  name!: string;

  @Field(() => String, { description: 'The view\'s query string, starting with "?" (at most 2000 characters).' })
  url!: string;

  @Field(() => ID, { nullable: true, description: "To replace a saved view: its id." })
  id?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "To replace a saved view: the version you read; a stale one is refused with CONFLICT.",
  })
  version?: number | null;
}
