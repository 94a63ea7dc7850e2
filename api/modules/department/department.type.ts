import { Field, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";

@ObjectType("Department", {
  implements: Node,
  description:
    "An afdeling (department) of the forvaltning: it owns goals and reports its status on the previous year.",
})
export class Department extends Node {
  @Field(() => String, { description: "The department's vision (vision), as written." })
  vision!: string;

  @Field(() => [String], { description: "Its hovedopgaver (main tasks), one per list item of the plan." })
  mainTasks!: string[];

  @Field(() => String, { description: "The ressourcer (resources) paragraph(s), as written." })
  resources!: string;

  @Field(() => Int, { nullable: true, description: "Head count when the plan states one." })
  staff!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Salary budget (lønbudget) as written, e.g. "ca. 16,0 mio. kr."; null when not stated.',
  })
  salaryBudget!: string | null;
}
