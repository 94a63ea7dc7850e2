/** Planners' writes to IT systems, modules, platforms and projects. */
import { nodeMutationResolver } from "../shared/node-mutations.resolver.js";
import { SystemInput, SystemPatch } from "./system.inputs.js";
import * as systems from "./system.service.js";

export const SystemMutationResolver = nodeMutationResolver({
  create: {
    name: "createSystem",
    description: "Adds an IT system, module (with parentId), platform or project.",
    input: SystemInput,
    run: systems.createSystem,
  },
  update: {
    name: "updateSystem",
    description: "Changes a system; `version` must be the one you read.",
    patch: SystemPatch,
    run: systems.updateSystem,
  },
  delete: { name: "deleteSystem", description: "Removes a system (its edges go with it).", run: systems.deleteSystem },
});
