import type { GraphQLResolveInfo } from "graphql";
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";
import { goalsOfDepartment } from "../../../graph/repositories/node.repository.js";
import type { Context } from "../../context.js";
import { Initiative } from "../initiative/initiative.type.js";
import { Milestone } from "../milestone/milestone.type.js";
import type { NodeRecord } from "../node/node.type.js";
import { found, optionalId } from "../shared/args.js";
import { attachRelations, neighbours, selectedRelations } from "../shared/relations.js";
import { System } from "../system/system.type.js";
import { StatusItem } from "../status-item/status-item.type.js";
import { Theme } from "../theme/theme.type.js";
import { Goal } from "./goal.type.js";

@Resolver(() => Goal)
export class GoalResolver {
  @Query(() => [Goal], { description: "Goals (hovedmål) of one department by letter, or of every department." })
  async goals(
    @Arg("department", () => ID, {
      nullable: true,
      description: 'Id of a department, e.g. "ltk-okf-2009:it-afdelingen"; leave out for all.',
    })
    department: string | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const id = optionalId("department", department);
    const steps = selectedRelations(info, "Goal");
    return attachRelations(steps, found(await goalsOfDepartment(ctx.db, id, steps), "Department", id ?? ""));
  }

  @FieldResolver(() => [Initiative], { description: "Its indsatsområder (initiatives), in plan order." })
  initiatives(@Root() goal: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Goal", "initiatives", goal);
  }

  @FieldResolver(() => [System], {
    description:
      "IT systems, modules and projects the goal itself uses (USES); its initiatives' systems are on each initiative.",
  })
  systems(@Root() goal: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Goal", "systems", goal);
  }

  @FieldResolver(() => [Milestone], { description: "Dated milestones the goal is tied to, by date." })
  milestones(@Root() goal: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Goal", "milestones", goal);
  }

  @FieldResolver(() => [Theme], { description: "Cross-cutting themes (tværgående emner) the goal advances." })
  themes(@Root() goal: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Goal", "themes", goal);
  }

  @FieldResolver(() => [StatusItem], {
    description: "Fra 2008: the previous year's status lines this goal carries on (CONTINUES_AS), in plan order.",
  })
  history(@Root() goal: NodeRecord, @Ctx() ctx: Context) {
    return neighbours(ctx, "Goal", "history", goal);
  }
}
