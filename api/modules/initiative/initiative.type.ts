import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Initiative", {
  implements: Node,
  description: "One indsatsområde (initiative, area of effort) under a goal.",
})
export class Initiative extends Node {
  @Field(() => Int, { description: "1-based position under its goal." })
  ordinal!: number;

  @Field(() => String, { description: "The initiative's text, as written." })
  text!: string;
}
