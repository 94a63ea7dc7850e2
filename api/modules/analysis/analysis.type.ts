import { DependencyBasis } from "../dependency/dependency-basis.enum.js";
import { Field, Float, Int, ObjectType } from "type-graphql";
import { Department } from "../department/department.type.js";
import { Node } from "../node/node.type.js";

@ObjectType("MatrixCell", { description: "How many dependency edges run from one department's nodes to another's." })
export class MatrixCell {
  @Field(() => Department, { description: "The needing department (owner of the edges' `from` ends)." })
  from!: Department;

  @Field(() => Department, { description: "The needed department (owner of the edges' `to` ends)." })
  to!: Department;

  @Field(() => Int, {
    description:
      "Cross-department dependency edges from `from`'s nodes to `to`'s, counting the bases the query's `include` names (0 included).",
  })
  count!: number;

  @Field(() => Int, {
    description: "Of them (whatever `include` says), the edges the plan states between the two parties.",
  })
  stated!: number;

  @Field(() => Int, {
    description:
      "The edges from `from`'s nodes to a system `to` is responsible for (the plan states the use of the system).",
  })
  viaSystem!: number;

  @Field(() => Int, { description: "The inferred edges (no passage states them outright)." })
  inferred!: number;
}

@ObjectType("DependencyMatrix", {
  description: "Department x department counts of cross-department dependency edges: who needs whom, and how much.",
})
export class DependencyMatrix {
  @Field(() => [Department], { description: "The rows and columns, by name." })
  departments!: Department[];

  @Field(() => [MatrixCell], {
    description: "One cell per ordered pair of distinct departments of the same plan, zeros included.",
  })
  cells!: MatrixCell[];

  @Field(() => [DependencyBasis], { description: "The bases `count` adds up." })
  include!: DependencyBasis[];
}

@ObjectType("KeyNode", { description: "A node much depended upon: a candidate single point of failure." })
export class KeyNode {
  @Field(() => Node, { description: "The node." })
  node!: Node;

  @Field(() => Int, {
    description:
      "All dependents: the nodes a slip of it reaches, transitively (depth <= 10), by the same rules and count as `impact(id, direction: DOWNSTREAM, maxDepth: 10)` and `Node.dependentCount.all`.",
  })
  dependents!: number;

  @Field(() => Int, {
    description: "Direct dependents: the nodes one edge away that a slip of it hits (`Node.dependentCount.direct`).",
  })
  directDependents!: number;

  @Field(() => Float, {
    description:
      "Betweenness centrality on the needs graph: how many shortest needs-chains between other nodes run through it (Brandes, directed, unnormalised; departments, organisations and themes are no waypoints).",
  })
  betweenness!: number;

  @Field(() => Int, { description: "Distinct owning departments among its dependents." })
  departments!: number;
}
