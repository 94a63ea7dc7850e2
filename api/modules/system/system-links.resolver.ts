import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { systemLinks } from "../../../graph/repositories/system-links.repository.js";
import type { Context } from "../../context.js";
import { ofKind, requiredId } from "../shared/args.js";
import { SystemLinks } from "./system-links.type.js";

@Resolver(() => SystemLinks)
export class SystemLinksResolver {
  @Query(() => SystemLinks, {
    description:
      "Everything tied to a system or IT project and its modules, grouped by department. Unknown id: NOT_FOUND; an id of another kind: BAD_USER_INPUT.",
  })
  async systemLinks(
    @Arg("id", () => ID, { description: 'A system\'s id, e.g. "ltk-okf-2009:system:focus-it".' }) id: string,
    @Ctx() ctx: Context,
  ) {
    const system = requiredId("id", id);
    return ofKind(await systemLinks(ctx.db, system), "System", system, "id");
  }
}
