import { Field, Int, ObjectType, registerEnumType } from "type-graphql";
import { ImpactDirection } from "./impact-direction.enum.js";
import { Dependency } from "../dependency/dependency.type.js";
import { Node } from "../node/node.type.js";

export enum HopDirection {
  ALONG = "ALONG",
  AGAINST = "AGAINST",
  SYMMETRIC = "SYMMETRIC",
}

registerEnumType(HopDirection, {
  name: "HopDirection",
  description: "How a hop of a path runs against its edge.",
  valuesConfig: {
    ALONG: { description: "The walk follows the edge's own direction (`from` -> `to`)." },
    AGAINST: { description: "The walk runs against the edge (`to` -> `from`)." },
    SYMMETRIC: { description: "A symmetric edge (COORDINATES_WITH): both readings are the same." },
  },
});

@ObjectType("PathStep", {
  description: "One hop of a path, in the walk's order, with its direction and whether a slip travels along it.",
})
export class PathStep {
  @Field(() => Node, { description: "The node the hop leaves." })
  from!: Node;

  @Field(() => Node, { description: "The node the hop reaches." })
  to!: Node;

  @Field(() => Dependency, { description: "The edge, with its evidence and its own direction." })
  edge!: Dependency;

  @Field(() => HopDirection, { description: "ALONG or AGAINST the edge's own direction, or SYMMETRIC." })
  direction!: HopDirection;

  @Field(() => Boolean, {
    description:
      "True when a slip of `from` hits `to` along this edge; false when the hop only explains (the reverse of a dependency).",
  })
  carriesSlip!: boolean;
}

@ObjectType("PathResult", {
  description:
    "The shortest chain of dependency edges linking two nodes, each edge walked either way and every hop labelled (`steps`); by default it never goes through a department, organisation or theme, as a slip never does.",
})
export class PathResult {
  @Field(() => [Node], { description: "The nodes along the chain, from `from` to `to`." })
  nodes!: Node[];

  @Field(() => [Dependency], {
    description:
      "The edges, in order; each keeps its own direction (`from` needs `to`), which may run against the walk.",
  })
  hops!: Dependency[];

  @Field(() => Int, { description: "Number of hops (0 when both ends are the same node)." })
  length!: number;

  @Field(() => [PathStep], {
    description: "The hops in the walk's order, each with its direction and whether it carries a slip.",
  })
  steps!: PathStep[];

  @Field(() => ImpactDirection, {
    nullable: true,
    description:
      "DOWNSTREAM when every hop carries a slip onward (a slip of `from` hits `to` along this chain), UPSTREAM when every hop the reverse (`from` leans on `to`), null when the chain mixes directions (it links the two, but no slip travels it end to end).",
  })
  way!: string | null;
}
