import { Field, ID, Int, ObjectType } from "type-graphql";
import { DependencyBasis } from "../dependency/dependency-basis.enum.js";
import { RelationType } from "../dependency/relation-type.enum.js";
import { NodeKind } from "../node/node-kind.enum.js";

@ObjectType("GraphNode", { description: "A node as the graph view draws it." })
export class GraphNode {
  @Field(() => ID, { description: "The node's id (ask `node(id)` for all its fields)." })
  id!: string;

  @Field(() => String, { description: "Display name as the plan writes it." })
  name!: string;

  @Field(() => NodeKind, { description: "Its kind." })
  kind!: NodeKind;

  @Field(() => ID, {
    nullable: true,
    description:
      "Owning department's id (as `Node.department`): goals, initiatives, status items, departments (their own), systems (the department responsible), internal units.",
  })
  departmentId!: string | null;

  @Field(() => String, { description: 'Short label for drawing (e.g. "IT E" for a goal, "IT E.1" for an initiative).' })
  label!: string;
}

@ObjectType("GraphEdge", { description: "An edge as the graph view draws it." })
export class GraphEdge {
  @Field(() => ID, { description: "Stable edge key `source|TYPE|target`." })
  id!: string;

  @Field(() => ID, { description: "Id of the node the edge starts at (for dependency types: the needing end)." })
  source!: string;

  @Field(() => ID, { description: "Id of the node the edge points to (the needed end)." })
  target!: string;

  @Field(() => RelationType, { description: "Relationship type." })
  type!: RelationType;

  @Field(() => String, { description: 'Verbatim passage of the plan that justifies the edge ("" when inferred).' })
  evidence!: string;

  @Field(() => String, { description: "Section heading path of the evidence." })
  section!: string;

  @Field(() => Boolean, { description: "True when no passage states the edge (draw it differently)." })
  inferred!: boolean;

  @Field(() => Boolean, {
    description:
      "True when a slip travels along the edge (a dependency type) and its two ends belong to different departments (a system to the department responsible for it).",
  })
  crossDepartment!: boolean;

  @Field(() => DependencyBasis, {
    description: "What the edge rests on: STATED, VIA_SYSTEM (an end is a system) or INFERRED.",
  })
  basis!: DependencyBasis;
}

@ObjectType("GraphView", {
  description: "Nodes and edges for drawing, in one round trip; cut to `limit` with the totals and a reason when cut.",
})
export class GraphView {
  @Field(() => [GraphNode], { description: "Nodes, departments and goals first." })
  nodes!: GraphNode[];

  @Field(() => [GraphEdge], { description: "Edges between the returned nodes." })
  edges!: GraphEdge[];

  @Field(() => Boolean, { description: "True when the size cap left nodes or edges out." })
  truncated!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'What the cap left out, e.g. "cut off at 2000 of 2310 nodes; ..."; null when complete.',
  })
  truncatedReason!: string | null;

  @Field(() => Int, { description: "Nodes matching the filter before the cap." })
  totalNodes!: number;

  @Field(() => Int, { description: "Edges matching the filter before the cap." })
  totalEdges!: number;
}
