import { Field, ID, ObjectType } from "type-graphql";

@ObjectType("DeleteResult", { description: "What a delete removed." })
export class DeleteResult {
  @Field(() => [ID], {
    description: "Ids of the removed nodes (a goal takes its initiatives with it), or the edge key `from|TYPE|to`.",
  })
  deletedIds!: string[];
}
