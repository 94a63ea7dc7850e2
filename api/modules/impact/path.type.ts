import { Field, Int, ObjectType } from "type-graphql";
import { Dependency } from "../dependency/dependency.type.js";
import { Node } from "../node/node.type.js";

@ObjectType("PathResult", { description: "The shortest chain of dependency edges linking two nodes (each edge may be followed either way), with the evidence of each hop." })
export class PathResult {
  @Field(() => [Node], { description: "The nodes along the chain, from `from` to `to`." })
  nodes!: Node[];

  @Field(() => [Dependency], { description: "The edges, in order; each keeps its own direction (`from` needs `to`), which may run against the walk." })
  hops!: Dependency[];

  @Field(() => Int, { description: "Number of hops (0 when both ends are the same node)." })
  length!: number;
}
