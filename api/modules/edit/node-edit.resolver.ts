/**
 * Planners' writes to nodes. Each mutation needs the role `planner`, is one transaction,
 * checks the version it was given (a stale one gets CONFLICT) and is written to the audit trail.
 */
import { Arg, Authorized, Ctx, ID, Int, Mutation, Resolver } from "type-graphql";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { actorOf, type Context } from "../../context.js";
import { Node } from "../node/node.type.js";
import { GoalInput, GoalPatch, InitiativeInput, InitiativePatch } from "./goal.input.js";
import {
  MilestoneInput,
  MilestonePatch,
  OrganisationInput,
  OrganisationPatch,
  SystemInput,
  SystemPatch,
} from "./catalogue.input.js";
import { DeleteResult } from "./edit-result.type.js";
import * as service from "./edit.service.js";
import * as v from "./validate.js";

const deleted = (ids: string[]): DeleteResult => ({ deletedIds: ids });

@Resolver()
export class NodeEditResolver {
  @Authorized("planner")
  @Mutation(() => Node, { description: "Adds a hovedmål to a department (id: `<departmentId>:<letter>`)." })
  createGoal(@Arg("input", () => GoalInput, { description: "The new fields." }) input: GoalInput, @Ctx() ctx: Context) {
    return service.createGoal(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Changes a goal; `version` must be the one you read." })
  updateGoal(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => GoalPatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: GoalPatch,
    @Ctx() ctx: Context,
  ) {
    const fields = v.patchOf({
      letter: patch.letter === undefined ? undefined : v.letter("letter", patch.letter),
      title: v.optionalText("title", patch.title, 300),
      mainGoal: v.optionalText("mainGoal", patch.mainGoal),
      strategy: v.optionalText("strategy", patch.strategy),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "Goal", id, v.version("version", version), fields);
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes a goal and its initiatives." })
  async deleteGoal(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Goal", id, v.version("version", version)));
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Adds an indsatsområde under a goal (numbered after the last one)." })
  createInitiative(
    @Arg("input", () => InitiativeInput, { description: "The new fields." }) input: InitiativeInput,
    @Ctx() ctx: Context,
  ) {
    return service.createInitiative(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Changes an initiative; `version` must be the one you read." })
  updateInitiative(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => InitiativePatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: InitiativePatch,
    @Ctx() ctx: Context,
  ) {
    return edit.updateNode(
      ctx.db,
      actorOf(ctx),
      "Initiative",
      id,
      v.version("version", version),
      v.patchOf({ text: v.optionalText("text", patch.text) }),
    );
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes an initiative." })
  async deleteInitiative(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Initiative", id, v.version("version", version)));
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Adds an IT system, module (with parentId), platform or project." })
  createSystem(
    @Arg("input", () => SystemInput, { description: "The new fields." }) input: SystemInput,
    @Ctx() ctx: Context,
  ) {
    return service.createSystem(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Changes a system; `version` must be the one you read." })
  updateSystem(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => SystemPatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: SystemPatch,
    @Ctx() ctx: Context,
  ) {
    const fields = v.patchOf({
      name: v.optionalText("name", patch.name, 200),
      category: patch.category === undefined ? undefined : service.category(patch.category),
      aliases: patch.aliases === undefined ? undefined : v.aliases("aliases", patch.aliases),
      aliasText: patch.aliases?.join(" · "),
      description: v.optionalText("description", patch.description),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "System", id, v.version("version", version), fields);
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes a system (its edges go with it)." })
  async deleteSystem(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "System", id, v.version("version", version)));
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Adds an outside organisation (id: `<planId>:org:<slug of name>`)." })
  createOrganisation(
    @Arg("input", () => OrganisationInput, { description: "The new fields." }) input: OrganisationInput,
    @Ctx() ctx: Context,
  ) {
    return service.createOrganisation(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Changes an organisation; `version` must be the one you read." })
  updateOrganisation(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => OrganisationPatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: OrganisationPatch,
    @Ctx() ctx: Context,
  ) {
    const fields = v.patchOf({
      name: v.optionalText("name", patch.name, 200),
      aliases: patch.aliases === undefined ? undefined : v.aliases("aliases", patch.aliases),
      aliasText: patch.aliases?.join(" · "),
      description: v.optionalText("description", patch.description),
    });
    return edit.updateNode(ctx.db, actorOf(ctx), "Organisation", id, v.version("version", version), fields);
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes an organisation." })
  async deleteOrganisation(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Organisation", id, v.version("version", version)));
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Adds a dated milestone (id: `<planId>:milestone:<slug of name>`)." })
  createMilestone(
    @Arg("input", () => MilestoneInput, { description: "The new fields." }) input: MilestoneInput,
    @Ctx() ctx: Context,
  ) {
    return service.createMilestone(ctx.db, actorOf(ctx), input);
  }

  @Authorized("planner")
  @Mutation(() => Node, { description: "Changes a milestone; `version` must be the one you read." })
  updateMilestone(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Arg("patch", () => MilestonePatch, { description: "Fields to change; omitted ones stay as they are." })
    patch: MilestonePatch,
    @Ctx() ctx: Context,
  ) {
    return edit.updateNode(
      ctx.db,
      actorOf(ctx),
      "Milestone",
      id,
      v.version("version", version),
      v.patchOf(service.milestoneFields(patch)),
    );
  }

  @Authorized("planner")
  @Mutation(() => DeleteResult, { description: "Removes a milestone." })
  async deleteMilestone(
    @Arg("id", () => ID, { description: "Id of the node." }) id: string,
    @Arg("version", () => Int, { description: "The version you read; a stale one is refused with CONFLICT." })
    version: number,
    @Ctx() ctx: Context,
  ) {
    return deleted(await edit.deleteNode(ctx.db, actorOf(ctx), "Milestone", id, v.version("version", version)));
  }
}
