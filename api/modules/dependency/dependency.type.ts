import { Field, ID, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";
import { RelationType } from "./relation-type.enum.js";

@ObjectType("Dependency", {
  description:
    "An edge of the plan graph, `from -[type]-> to`, with the passage of the plan that justifies it. For the dependency types it reads \"`from` needs `to`\": if `to` slips, `from` is hit.",
})
export class Dependency {
  @Field(() => ID, { description: "Stable edge key `from|TYPE|to`." })
  id!: string;

  @Field(() => Node, { description: "The needing end (the edge starts here)." })
  from!: Node;

  @Field(() => Node, { description: "The needed end (the edge points here)." })
  to!: Node;

  @Field(() => RelationType, { description: "Relationship type." })
  type!: RelationType;

  @Field(() => String, { description: "Verbatim passage of the plan that justifies the edge (\"\" when inferred)." })
  evidence!: string;

  @Field(() => String, { description: "Section heading path of the plan the evidence comes from." })
  section!: string;

  @Field(() => Boolean, { description: "True when no passage states the edge outright; `reason` then says why it is believed." })
  inferred!: boolean;

  @Field(() => String, { nullable: true, description: "Why an inferred edge is believed; null when the plan states it." })
  reason!: string | null;

  @Field(() => String, {
    description: "Where the edge comes from: structure (the document's shape), curated (the facts file), detected (a system name found in the text).",
  })
  origin!: string;

  @Field(() => Boolean, {
    description:
      "True when both ends have an owning department and the two differ (a goal's department owns it; an initiative belongs to its goal's department; a department is its own). Systems, organisations and milestones have none, so edges to them never count.",
  })
  crossDepartment!: boolean;
}
