import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("SavedView", {
  description: "A named view of a plan: an explorer state a planner saved under a name, opened by its link.",
})
export class SavedView {
  @Field(() => ID, { description: "Stable id of the view." })
  id!: string;

  @Field(() => ID, { description: "Id of the plan it belongs to." })
  planId!: string;

  @Field(() => String, { description: 'The name the planner gave it, e.g. "IT-afhængigheder til direktionen".' })
  name!: string;

  @Field(() => String, {
    description:
      'The view\'s query string (starts with "?"), e.g. "?view=matrix&plan=ltk-okf-2009": open it at the app\'s root.',
  })
  url!: string;

  @Field(() => String, { description: "Who saved it first (the token's subject)." })
  createdBy!: string;

  @Field(() => String, { description: "When it was first saved (ISO 8601)." })
  createdAt!: string;

  @Field(() => Int, { description: "Version for optimistic locking: send it back with a replace or delete." })
  version!: number;
}
