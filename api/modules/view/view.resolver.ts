/**
 * Named views: anyone lists a plan's views; planners save and delete them (one audited
 * transaction each; a stale version gets CONFLICT).
 */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import * as repo from "../../../graph/repositories/view.repository.js";
import { actorOf, type Context } from "../../context.js";
import { badInput } from "../../errors.js";
import { DeleteResult } from "../shared/edit-result.type.js";
import * as v from "../shared/validate.js";
import { VERSION_ARG } from "../shared/write.args.js";
import { requiredId } from "../shared/args.js";
import { SaveViewInput } from "./view.input.js";
import { SavedView } from "./view.type.js";

/** A query string of the app: "?" and then no whitespace, no fragment, nothing that could make it another address. */
export function viewUrl(value: string): string {
  const url = value.trim();
  if (url.length > 2000) throw badInput(`url is ${url.length} characters long; at most 2000 are allowed.`, "url");
  if (!/^\?[^\s#\\]*$/.test(url))
    throw badInput(
      `url must be the view's query string, starting with "?" (e.g. "?view=matrix&plan=ltk-okf-2009"), got "${url.slice(0, 80)}".`,
      "url",
    );
  return url;
}

@Resolver(() => SavedView)
export class ViewResolver {
  @Query(() => [SavedView], { description: "A plan's named views, by name." })
  views(
    @Arg("planId", () => ID, { description: 'The plan, e.g. "ltk-okf-2009".' }) planId: string,
    @Ctx() ctx: Context,
  ) {
    return repo.listViews(ctx.db, requiredId("planId", planId));
  }

  @Authorized("planner")
  @Mutation(() => SavedView, {
    description: "Saves the current view under a name (audited); with id and version, replaces that view.",
  })
  saveView(@Arg("input", () => SaveViewInput, { description: "The view." }) input: SaveViewInput, @Ctx() ctx: Context) {
    return repo.saveView(ctx.db, actorOf(ctx), {
      planId: requiredId("planId", input.planId),
      name: v.text("name", input.name, { max: 120 }),
      url: viewUrl(input.url),
      id: input.id ? requiredId("id", input.id) : null,
      version: input.id ? v.version("version", input.version ?? 0) : null,
    });
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Deletes a named view (audited); `version` must be the one you read." })
  async deleteView(
    @Arg("id", () => ID, { description: "The view." }) id: string,
    @Arg("version", () => Int, VERSION_ARG) version: number,
    @Ctx() ctx: Context,
  ) {
    const removed = await repo.deleteView(ctx.db, actorOf(ctx), requiredId("id", id), v.version("version", version));
    return { deletedIds: [removed.id] };
  }
}
