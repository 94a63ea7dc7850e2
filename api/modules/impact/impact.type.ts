import { Field, Int, ObjectType } from "type-graphql";
import { Dependency } from "../dependency/dependency.type.js";
import { Node } from "../node/node.type.js";
import { ImpactDirection } from "./impact-direction.enum.js";

@ObjectType("ImpactedNode", { description: "A node reached by an impact question, how far from the root, and why." })
export class ImpactedNode {
  @Field(() => Node, { description: "The node reached." })
  node!: Node;

  @Field(() => Int, { description: "Fewest dependency edges between the root and this node (1 = directly)." })
  depth!: number;

  @Field(() => [Dependency], {
    description:
      "Edges (with evidence) through which the node is reached at its depth: each links it to a node one step nearer the root.",
  })
  via!: Dependency[];

  @Field(() => [Dependency], {
    description:
      "One shortest chain of edges from the root to this node, root end first: the full explanation, hop by hop.",
  })
  chain!: Dependency[];
}

@ObjectType("ImpactCut", {
  description: "What a cut impact answer left out, in numbers (`truncatedReason` says the same in English).",
})
export class ImpactCut {
  @Field(() => Int, { description: "Nodes found further away than maxDepth (0 when none)." })
  nodesBeyondDepth!: number;

  @Field(() => Boolean, {
    description: "True when the search stopped looking further: there may be more than `nodesBeyondDepth`.",
  })
  beyondIsLowerBound!: boolean;

  @Field(() => Int, { description: "Nodes within maxDepth, before the node cap." })
  nodesWithinDepth!: number;

  @Field(() => Int, {
    nullable: true,
    description: "The node cap (500) when it cut the list of nodes; null when it did not.",
  })
  nodeLimit!: number | null;
}

@ObjectType("Impact", {
  description:
    'The answer to "if this slips, what is hit?" (DOWNSTREAM) or "what does this need?" (UPSTREAM), with the evidence for every step.',
})
export class Impact {
  @Field(() => Node, { description: "The node the question is about." })
  root!: Node;

  @Field(() => ImpactDirection, { description: "Which way the edges were followed." })
  direction!: ImpactDirection;

  @Field(() => Int, { description: "The depth limit that was applied (1-10)." })
  maxDepth!: number;

  @Field(() => [ImpactedNode], {
    description: "Every node reached within maxDepth, nearest first (then by name); the root itself is not listed.",
  })
  nodes!: ImpactedNode[];

  @Field(() => [Dependency], {
    description: "Every dependency edge among the root and the listed nodes, with evidence.",
  })
  edges!: Dependency[];

  @Field(() => Boolean, {
    description: "True when a depth or size cap left nodes out; `truncatedReason` says which and how many.",
  })
  truncated!: boolean;

  @Field(() => ImpactCut, { description: "The cut in numbers, for clients that explain it in their own words." })
  cut!: ImpactCut;

  @Field(() => String, {
    nullable: true,
    description:
      'Why the answer was cut, e.g. "depth 4 reached: 3 more nodes lie further downstream", "cut off at 500 nodes (812 within depth 6)"; null when complete.',
  })
  truncatedReason!: string | null;
}
