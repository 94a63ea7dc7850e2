/** Planners' writes to goals (hovedmål). */
import { nodeMutationResolver } from "../shared/node-mutations.resolver.js";
import { GoalInput, GoalPatch } from "./goal.inputs.js";
import * as goals from "./goal.service.js";

export const GoalMutationResolver = nodeMutationResolver({
  create: {
    name: "createGoal",
    description: "Adds a hovedmål to a department (id: `<departmentId>:<letter>`).",
    input: GoalInput,
    run: goals.createGoal,
  },
  update: {
    name: "updateGoal",
    description: "Changes a goal; `version` must be the one you read.",
    patch: GoalPatch,
    run: goals.updateGoal,
  },
  delete: { name: "deleteGoal", description: "Removes a goal and its initiatives.", run: goals.deleteGoal },
});
