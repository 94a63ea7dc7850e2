import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";
import { StatusOutcome } from "./status-outcome.enum.js";

@ObjectType("StatusItem", {
  implements: Node,
  description: "One line of a department's status på (status on) the previous year, with how it turned out.",
})
export class StatusItem extends Node {
  @Field(() => Int, { description: "The year the status is about (the plan year minus one)." })
  year!: number;

  @Field(() => String, { description: 'The aim as written, e.g. "Implementering af ny Servicedesk."' })
  text!: string;

  @Field(() => StatusOutcome, { description: "How it turned out." })
  outcome!: StatusOutcome;

  @Field(() => String, {
    description: 'The outcome sentence as written, e.g. "Servicedesken er implementeret medio 2008."',
  })
  outcomeText!: string;
}
