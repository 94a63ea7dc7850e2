/** Planners' writes to goals (hovedmål): a new goal is OWNED by its department and lettered within it. */
import type { GraphDb } from "../../../graph/driver.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { deleteNode, planOf, updateNode } from "../shared/node-writes.js";
import * as v from "../shared/validate.js";
import type { VersionedNodeArgs } from "../shared/write.args.js";
import type { GoalInput, GoalPatch } from "./goal.inputs.js";

/** Id `<departmentId>:<letter>`; the name is "<letter>. <title>" as the plan writes it. */
export function createGoal(db: GraphDb, actor: Actor, input: GoalInput) {
  const letter = v.letter("letter", input.letter);
  const title = v.text("title", input.title, { max: 300 });
  return edit.createNode(db, actor, {
    kind: "Goal",
    newId: { base: `${input.departmentId}:${letter.toLowerCase()}` },
    props: {
      planId: planOf(input.departmentId),
      departmentId: input.departmentId,
      letter,
      title,
      name: `${letter}. ${title}`,
      mainGoal: v.text("mainGoal", input.mainGoal, { max: 5000 }),
      strategy: v.text("strategy", input.strategy, { min: 0, max: 5000 }),
      source: "",
    },
    refs: [{ field: "departmentId", id: input.departmentId, kinds: ["Department"] }],
    links: (id) => [{ from: input.departmentId, to: id, type: "OWNS", evidence: `${letter}. ${title}`, section: "" }],
  });
}

export function updateGoal(db: GraphDb, actor: Actor, goal: VersionedNodeArgs, patch: GoalPatch) {
  return updateNode(db, actor, "Goal", goal, {
    letter: patch.letter === undefined ? undefined : v.letter("letter", patch.letter),
    title: v.optionalText("title", patch.title, 300),
    mainGoal: v.optionalText("mainGoal", patch.mainGoal),
    strategy: v.optionalText("strategy", patch.strategy),
  });
}

/** Removes the goal and its initiatives. */
export function deleteGoal(db: GraphDb, actor: Actor, goal: VersionedNodeArgs) {
  return deleteNode(db, actor, "Goal", goal);
}
