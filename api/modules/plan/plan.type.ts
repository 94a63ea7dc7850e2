import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Plan", {
  implements: Node,
  description: "One virksomhedsplan: a forvaltning (administration) of a municipality, for one year.",
})
export class Plan extends Node {
  @Field(() => String, { description: 'Kommune, e.g. "Lyngby-Taarbæk Kommune".' })
  municipality!: string;

  @Field(() => String, { description: 'Forvaltning, e.g. "Økonomisk Forvaltning".' })
  administration!: string;

  @Field(() => Int, { description: "The year the plan is for." })
  year!: number;

  @Field(() => String, { description: "The plan's introduction, as written." })
  intro!: string;
}
