import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { StatusItem } from "../status-item/status-item.type.js";
import type { Context } from "../../context.js";
import { Goal } from "../goal/goal.type.js";
import { Milestone } from "../milestone/milestone.type.js";
import type { NodeRecord } from "../node/node.type.js";
import { neighbours } from "../shared/relations.js";
import { System } from "../system/system.type.js";
import { Initiative } from "./initiative.type.js";

@Resolver(() => Initiative)
export class InitiativeResolver {
  @FieldResolver(() => Goal, { description: "The goal (hovedmål) the initiative serves." })
  async goal(@Root() initiative: NodeRecord, @Ctx() ctx: Context) {
    const [goal] = await neighbours(ctx, "Initiative", "goal", initiative);
    return goal;
  }

  @FieldResolver(() => [System], { description: "IT systems, modules and projects the initiative uses." })
  systems(@Root() initiative: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Initiative", "systems", initiative);
  }

  @FieldResolver(() => [Milestone], { description: "Dated milestones the initiative is tied to, by date." })
  milestones(@Root() initiative: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Initiative", "milestones", initiative);
  }

  @FieldResolver(() => [StatusItem], {
    description: "Fra 2008: the previous year's status lines this initiative carries on (CONTINUES_AS).",
  })
  history(@Root() initiative: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Initiative", "history", initiative);
  }
}
