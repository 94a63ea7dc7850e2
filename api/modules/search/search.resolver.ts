import { Arg, Ctx, ID, Int, Query, Resolver } from "type-graphql";
import { searchNodes } from "../../../graph/repositories/search.repository.js";
import type { Context } from "../../context.js";
import { NodeKind, toModelKind } from "../node/node-kind.enum.js";
import { intInRange, optionalId, optionalList, searchText } from "../shared/args.js";
import { SearchHit } from "./search-hit.type.js";
import { describeHit } from "./snippet.js";

export const MAX_SEARCH_LIMIT = 100;

@Resolver(() => SearchHit)
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      "Danish full-text search over names, goals (hovedmål), strategies, initiatives, descriptions and aliases, best first. Danish word forms match (strategi finds strategier); words of three or more letters also match as prefixes; Lucene syntax in the text is searched for literally.",
  })
  async search(
    @Arg("text", () => String, {
      description: 'What to look for, 1-200 characters, e.g. "GoPro" or "ny infrastruktur".',
    })
    text: string,
    @Arg("kinds", () => [NodeKind], { nullable: true, description: "Only these kinds; leave out for all." })
    kinds: NodeKind[] | null,
    @Arg("limit", () => Int, { nullable: true, defaultValue: 20, description: "Most hits returned, 1-100." })
    limit: number | null,
    @Arg("planId", () => ID, { nullable: true, description: "Only this plan; leave out for every plan." })
    planId: string | null,
    @Ctx() ctx: Context,
  ) {
    const query = searchText(text);
    const records = await searchNodes(ctx.db, query, {
      kinds: optionalList("kinds", kinds)?.map(toModelKind) ?? null,
      planId: optionalId("planId", planId),
      limit: intInRange("limit", limit, 1, MAX_SEARCH_LIMIT, 20),
    });
    return records.map((hit) => ({ ...hit, ...describeHit(hit.node, query) }));
  }
}
