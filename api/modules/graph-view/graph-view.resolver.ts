import { Arg, Ctx, Query, Resolver } from "type-graphql";
import { graphView } from "../../../graph/repositories/graph-view.repository.js";
import type { Context } from "../../context.js";
import { toModelKind } from "../node/node-kind.enum.js";
import { found, intInRange, optionalId, optionalList } from "../shared/args.js";
import { GraphFilter } from "./graph-filter.input.js";
import { GraphView } from "./graph-view.type.js";

export const MAX_GRAPH_LIMIT = 10_000;

@Resolver(() => GraphView)
export class GraphViewResolver {
  @Query(() => GraphView, {
    description:
      "Nodes and edges for the graph view in one round trip, filtered, with a size cap that is reported when it cuts.",
  })
  async graph(
    @Arg("filter", () => GraphFilter, { nullable: true, description: "What to show; leave out for everything." })
    filter: GraphFilter | null,
    @Ctx() ctx: Context,
  ) {
    const planId = optionalId("filter.planId", filter?.planId);
    const view = await graphView(ctx.db, {
      planId,
      departments: optionalList("filter.departments", filter?.departments),
      kinds: optionalList("filter.kinds", filter?.kinds)?.map(toModelKind) ?? null,
      relationTypes: optionalList("filter.relationTypes", filter?.relationTypes) ?? null,
      crossDepartmentOnly: filter?.crossDepartmentOnly ?? false,
      include: optionalList("filter.include", filter?.include) ?? ["STATED", "VIA_SYSTEM"],
      limit: intInRange("filter.limit", filter?.limit, 1, MAX_GRAPH_LIMIT, 2000),
    });
    return found(view, "Plan", planId ?? "");
  }
}
