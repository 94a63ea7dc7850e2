import { Field, ID, Int, ObjectType } from "type-graphql";
import { Node } from "../node/node.type.js";
import { System } from "../system/system.type.js";
import { DependencyBasis } from "./dependency-basis.enum.js";
import { RelationType } from "./relation-type.enum.js";

@ObjectType("Dependency", {
  description:
    'An edge of the plan graph, `from -[type]-> to`, with the passage of the plan that justifies it. For the dependency types it reads "`from` needs `to`": if `to` slips, `from` is hit (RelationType says how each type carries a slip).',
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

  @Field(() => String, { description: 'Verbatim passage of the plan that justifies the edge ("" when inferred).' })
  evidence!: string;

  @Field(() => String, { description: "Section heading path of the plan the evidence comes from." })
  section!: string;

  @Field(() => Boolean, {
    description: "True when no passage states the edge outright; `reason` then says why it is believed.",
  })
  inferred!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "Why an inferred edge is believed; null when the plan states it.",
  })
  reason!: string | null;

  @Field(() => String, {
    description:
      "Where the edge comes from: structure (the document's shape), curated (the facts file), detected (a system name found in the text).",
  })
  origin!: string;

  @Field(() => Boolean, {
    description:
      "True when both ends have an owning department and the two differ (a goal's department owns it; an initiative belongs to its goal's department; a department is its own; a system belongs to the department responsible for it). Organisations, milestones, themes and systems whose owner the plan does not name have none, so edges to them never count.",
  })
  crossDepartment!: boolean;

  @Field(() => DependencyBasis, {
    description: "What the edge rests on: STATED, VIA_SYSTEM (one end is a system) or INFERRED.",
  })
  basis!: DependencyBasis;

  @Field(() => System, {
    nullable: true,
    description:
      "The system the edge runs through (its `to` end, else its `from` end, when that is a system); set for every VIA_SYSTEM edge.",
  })
  viaSystem!: unknown;
}

@ObjectType("DependentCount", {
  description:
    "How many nodes a slip of a node hits, counted once for every view (graph/repositories/algorithms/slip.ts): departments, organisations and themes are hit but not gone through; status lines of a past year are never hit.",
})
export class DependentCount {
  @Field(() => Int, { description: "Direct dependents: nodes one edge away that a slip hits." })
  direct!: number;

  @Field(() => Int, { description: "All dependents: every node a slip reaches, transitively (to depth 10)." })
  all!: number;

  @Field(() => Int, { description: "Distinct owning departments among all dependents." })
  departments!: number;
}
