import { Field, Float, Int, ObjectType } from "type-graphql";
import { Department } from "../department/department.type.js";
import { Node } from "../node/node.type.js";

@ObjectType("MatrixCell", { description: "How many dependency edges run from one department's nodes to another's." })
export class MatrixCell {
  @Field(() => Department, { description: "The needing department (owner of the edges' `from` ends)." })
  from!: Department;

  @Field(() => Department, { description: "The needed department (owner of the edges' `to` ends)." })
  to!: Department;

  @Field(() => Int, { description: "Number of dependency edges between their goals, initiatives, status items and the departments themselves (0 included)." })
  count!: number;
}

@ObjectType("DependencyMatrix", { description: "Department x department counts of cross-department dependency edges: who needs whom, and how much." })
export class DependencyMatrix {
  @Field(() => [Department], { description: "The rows and columns, by name." })
  departments!: Department[];

  @Field(() => [MatrixCell], { description: "One cell per ordered pair of distinct departments of the same plan, zeros included." })
  cells!: MatrixCell[];
}

@ObjectType("KeyNode", { description: "A node much depended upon: a candidate single point of failure." })
export class KeyNode {
  @Field(() => Node, { description: "The node." })
  node!: Node;

  @Field(() => Int, { description: "Distinct nodes that transitively depend on it (depth <= 6)." })
  dependents!: number;

  @Field(() => Int, { description: "Nodes with a dependency edge straight to it." })
  directDependents!: number;

  @Field(() => Float, { description: "Betweenness centrality on the dependency graph: how many shortest needs-chains between other nodes run through it (Brandes, directed, unnormalised)." })
  betweenness!: number;

  @Field(() => Int, { description: "Distinct owning departments among its dependents." })
  departments!: number;
}
