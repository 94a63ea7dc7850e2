import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from "type-graphql";
import {
  impactOf,
  MAX_DEPTH,
  shortestChain,
  type ImpactedRecord,
  type ImpactRecord,
} from "../../../graph/repositories/impact.repository.js";
import type { StoredNode } from "../../../graph/repositories/records.js";
import type { Context } from "../../context.js";
import { notFound } from "../../errors.js";
import { Department } from "../department/department.type.js";
import { found, intInRange, requiredId } from "../shared/args.js";
import { selectedNodeProperties } from "../shared/relations.js";
import { ImpactDirection } from "./impact-direction.enum.js";
import { Impact, ImpactedNode } from "./impact.type.js";
import { PathResult } from "./path.type.js";

const isNode = (value: StoredNode | null | Error): value is StoredNode => value !== null && !(value instanceof Error);

@Resolver(() => Impact)
export class ImpactResolver {
  @Query(() => Impact, {
    description:
      "Impact analysis: DOWNSTREAM lists everything that transitively depends on the node (what is hit if it slips), UPSTREAM everything it needs; each with its depth and the evidence that reaches it. Unknown id: NOT_FOUND.",
  })
  async impact(
    @Arg("id", () => ID, { description: 'The node to ask about, e.g. "ltk-okf-2009:system:opus".' }) id: string,
    @Arg("direction", () => ImpactDirection, {
      nullable: true,
      defaultValue: ImpactDirection.DOWNSTREAM,
      description: "DOWNSTREAM (what is hit) or UPSTREAM (what it needs).",
    })
    direction: ImpactDirection | null,
    @Arg("maxDepth", () => Int, { nullable: true, defaultValue: 4, description: "How many edges away to look, 1-10." })
    maxDepth: number | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const root = requiredId("id", id);
    const depth = intInRange("maxDepth", maxDepth, 1, MAX_DEPTH, 4);
    const way = direction ?? ImpactDirection.DOWNSTREAM;
    const record = found(await impactOf(ctx.db, root, way, depth, selectedNodeProperties(info)), "Node", root);
    return { ...record, direction: record.way };
  }

  @FieldResolver(() => [Department], {
    description: "Owning departments of the listed nodes (a department reached counts as itself), by id.",
  })
  async departments(@Root() impact: ImpactRecord, @Ctx() ctx: Context) {
    return (await ctx.loaders.nodeById.loadMany(impact.departmentIds)).filter(isNode);
  }

  @Query(() => PathResult, {
    nullable: true,
    description:
      "The shortest chain of dependency edges between two nodes, each edge walked either way, every hop with its direction and evidence; never through a department, organisation or theme unless `allowHubs`; null when none links them (within 11 hops). Unknown id: NOT_FOUND.",
  })
  async path(
    @Arg("from", () => ID, { description: "Where the chain starts." }) from: string,
    @Arg("to", () => ID, { description: "Where it ends." }) to: string,
    @Arg("allowHubs", () => Boolean, {
      nullable: true,
      defaultValue: false,
      description:
        "Also go through departments, organisations and themes (links the plan draws through a shared party; no slip travels them).",
    })
    allowHubs: boolean | null,
    @Ctx() ctx: Context,
  ) {
    const result = await shortestChain(ctx.db, requiredId("from", from), requiredId("to", to), allowHubs ?? false);
    if (result.missing !== null) throw notFound("Node", result.missing);
    return result.chain && { ...result.chain, length: result.chain.hops.length };
  }
}

@Resolver(() => ImpactedNode)
export class ImpactedNodeResolver {
  @FieldResolver(() => [ID], {
    description:
      "Ids of the `via` edges, each given in full in `Impact.edges`: the lean way to ask why a node is hit when the answer is large (each edge's evidence then travels once, not once per node it explains).",
  })
  viaEdgeIds(@Root() impacted: ImpactedRecord): string[] {
    return impacted.via.map((edge) => edge.id);
  }
}
