import { Field, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("System", {
  implements: Node,
  description:
    "An IT system, module, platform or IT project the plan names (OPUS and its modules, GoPro, Lotus Notes, Focus.IT, ...).",
})
export class System extends Node {
  @Field(() => String, { description: "What it is: system, module, platform, project or infrastructure." })
  category!: string;

  @Field(() => [String], {
    description: 'Other names the plan uses for it (e.g. "Opus e-indkøb" for "OPUS e-indkøb").',
  })
  aliases!: string[];

  @Field(() => String, { description: "What it is for, in a sentence." })
  description!: string;
}
