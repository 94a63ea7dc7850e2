/** Planners' writes to dated milestones. */
import { nodeMutationResolver } from "../shared/node-mutations.resolver.js";
import { MilestoneInput, MilestonePatch } from "./milestone.inputs.js";
import * as milestones from "./milestone.service.js";

export const MilestoneMutationResolver = nodeMutationResolver({
  create: {
    name: "createMilestone",
    description: "Adds a dated milestone (id: `<planId>:milestone:<slug of name>`).",
    input: MilestoneInput,
    run: milestones.createMilestone,
  },
  update: {
    name: "updateMilestone",
    description: "Changes a milestone; `version` must be the one you read.",
    patch: MilestonePatch,
    run: milestones.updateMilestone,
  },
  delete: { name: "deleteMilestone", description: "Removes a milestone.", run: milestones.deleteMilestone },
});
