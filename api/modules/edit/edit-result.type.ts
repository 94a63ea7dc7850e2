import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType("DeleteResult", { description: "What a delete removed." })
export class DeleteResult {
  @Field(() => [ID], {
    description: "Ids of the removed nodes (a goal takes its initiatives with it), or the edge key `from|TYPE|to`.",
  })
  deletedIds!: string[];
}

@ObjectType("NodeVersion", {
  description: "A node's id and version after a write (send the version back with the next update).",
})
export class NodeVersion {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
}
