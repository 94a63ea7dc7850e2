/**
 * Planners' writes to nodes. Each mutation needs the role `planner`, is one transaction,
 * checks the version it was given (a stale one gets CONFLICT) and is written to the audit trail.
 */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { actorOf, type Context } from "../../context.js";
import { Node } from "../node/node.type.js";
import { GoalInput, GoalPatch, InitiativeInput, InitiativePatch } from "./goal.input.js";
import { MilestoneInput, MilestonePatch, OrganisationInput, OrganisationPatch, SystemInput, SystemPatch } from "./catalogue.input.js";
import { DeleteResult } from "./edit-result.type.js";
import * as service from "./edit.service.js";
import * as v from "./validate.js";

const deleted = (ids: string[]): DeleteResult => ({ deletedIds: ids });

@Resolver()
export class NodeEditResolver {
  @Authorized("planner") @Mutation(() => Node, { description: "Adds a hovedmål to a department (id: `<departmentId>:<letter>`)." })
  createGoal(@Arg("input", () => GoalInput) input: GoalInput, @Ctx() ctx: Context) {
    return service.createGoal(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner") @Mutation(() => Node, { description: "Changes a goal; `version` must be the one you read." })
  updateGoal(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("patch", () => GoalPatch) patch: GoalPatch, @Ctx() ctx: Context) {
    const fields = v.patchOf({
      letter: patch.letter === undefined ? undefined : v.letter("letter", patch.letter),
      title: v.optionalText("title", patch.title, 300),
      mainGoal: v.optionalText("mainGoal", patch.mainGoal),
      strategy: v.optionalText("strategy", patch.strategy),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "Goal", id, v.version("version", version), fields);
  }

  @Authorized("planner") @Mutation(() => DeleteResult, { description: "Removes a goal and its initiatives." })
  async deleteGoal(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Goal", id, v.version("version", version)));
  }

  @Authorized("planner") @Mutation(() => Node, { description: "Adds an indsatsområde under a goal (numbered after the last one)." })
  createInitiative(@Arg("input", () => InitiativeInput) input: InitiativeInput, @Ctx() ctx: Context) {
    return service.createInitiative(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner") @Mutation(() => Node)
  updateInitiative(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("patch", () => InitiativePatch) patch: InitiativePatch, @Ctx() ctx: Context) {
    return edit.updateNode(ctx.db, actorOf(ctx), "Initiative", id, v.version("version", version), v.patchOf({ text: v.optionalText("text", patch.text) }));
  }

  @Authorized("planner") @Mutation(() => DeleteResult)
  async deleteInitiative(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Initiative", id, v.version("version", version)));
  }

  @Authorized("planner") @Mutation(() => Node, { description: "Adds an IT system, module (with parentId), platform or project." })
  createSystem(@Arg("input", () => SystemInput) input: SystemInput, @Ctx() ctx: Context) {
    return service.createSystem(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner") @Mutation(() => Node)
  updateSystem(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("patch", () => SystemPatch) patch: SystemPatch, @Ctx() ctx: Context) {
    const fields = v.patchOf({
      name: v.optionalText("name", patch.name, 200),
      category: patch.category === undefined ? undefined : service.category(patch.category),
      aliases: patch.aliases === undefined ? undefined : v.aliases("aliases", patch.aliases),
      aliasText: patch.aliases?.join(" · "),
      description: v.optionalText("description", patch.description),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "System", id, v.version("version", version), fields);
  }

  @Authorized("planner") @Mutation(() => DeleteResult)
  async deleteSystem(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "System", id, v.version("version", version)));
  }

  @Authorized("planner") @Mutation(() => Node)
  createOrganisation(@Arg("input", () => OrganisationInput) input: OrganisationInput, @Ctx() ctx: Context) {
    return service.createOrganisation(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner") @Mutation(() => Node)
  updateOrganisation(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("patch", () => OrganisationPatch) patch: OrganisationPatch, @Ctx() ctx: Context) {
    const fields = v.patchOf({
      name: v.optionalText("name", patch.name, 200),
      aliases: patch.aliases === undefined ? undefined : v.aliases("aliases", patch.aliases),
      aliasText: patch.aliases?.join(" · "),
      description: v.optionalText("description", patch.description),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "Organisation", id, v.version("version", version), fields);
  }

  @Authorized("planner") @Mutation(() => DeleteResult)
  async deleteOrganisation(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Organisation", id, v.version("version", version)));
  }

  @Authorized("planner") @Mutation(() => Node)
  createMilestone(@Arg("input", () => MilestoneInput) input: MilestoneInput, @Ctx() ctx: Context) {
    return service.createMilestone(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner") @Mutation(() => Node)
  updateMilestone(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Arg("patch", () => MilestonePatch) patch: MilestonePatch, @Ctx() ctx: Context) {
    return edit.updateNode(ctx.db, actorOf(ctx), "Milestone", id, v.version("version", version), v.patchOf(service.milestoneFields(patch)));
  }

  @Authorized("planner") @Mutation(() => DeleteResult)
  async deleteMilestone(@Arg("id", () => ID) id: string, @Arg("version", () => Int) version: number, @Ctx() ctx: Context) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Milestone", id, v.version("version", version)));
  }
}
