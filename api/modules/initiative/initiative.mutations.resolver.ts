/** Planners' writes to initiatives (indsatsområder). */
import { nodeMutationResolver } from "../shared/node-mutations.resolver.js";
import { InitiativeInput, InitiativePatch } from "./initiative.inputs.js";
import * as initiatives from "./initiative.service.js";

export const InitiativeMutationResolver = nodeMutationResolver({
  create: {
    name: "createInitiative",
    description: "Adds an indsatsområde under a goal (numbered after the last one).",
    input: InitiativeInput,
    run: initiatives.createInitiative,
  },
  update: {
    name: "updateInitiative",
    description: "Changes an initiative; `version` must be the one you read.",
    patch: InitiativePatch,
    run: initiatives.updateInitiative,
  },
  delete: { name: "deleteInitiative", description: "Removes an initiative.", run: initiatives.deleteInitiative },
});
