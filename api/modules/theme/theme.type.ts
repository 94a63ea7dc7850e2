import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Theme", {
  implements: Node,
  description:
    "A tværgående emne: a cross-cutting theme of the forvaltning for a year (Styring, ESDH, ledelsesudvikling, ...).",
})
export class Theme extends Node {
  @Field(() => Int, { description: "The year the theme is in focus." })
  year!: number;

  @Field(() => String, { description: "The theme's text, as written." })
  text!: string;
}
