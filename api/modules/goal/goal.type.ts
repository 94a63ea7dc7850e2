import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Goal", {
  implements: Node,
  description:
    "A lettered hovedmål (main goal) of a department for the plan year, with its strategi (strategy) and indsatsområder (initiatives).",
})
export class Goal extends Node {
  @Field(() => String, { description: 'The goal\'s letter within its department ("A" .. "N").' })
  letter!: string;

  @Field(() => String, { description: 'The heading without its letter, e.g. "Digitaliseringsstrategi".' })
  title!: string;

  @Field(() => String, { description: "The hovedmål (main goal) text." })
  mainGoal!: string;

  @Field(() => String, { description: "The strategi (strategy) text." })
  strategy!: string;
}
