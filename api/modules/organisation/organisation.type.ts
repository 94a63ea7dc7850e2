import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Organisation", {
  implements: Node,
  description:
    "An outside party the plan names: a supplier (KMD), the auditors (revisionen), a neighbouring kommune, ...",
})
export class Organisation extends Node {
  @Field(() => [String], { description: "Other names the plan uses for it." })
  aliases!: string[];

  @Field(() => String, { description: "Who they are, in a sentence." })
  description!: string;
}
