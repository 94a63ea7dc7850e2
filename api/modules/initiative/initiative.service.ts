/** Planners' writes to initiatives (indsatsområder): a new one belongs to its goal, numbered after the last. */
import type { GraphDb } from "../../../graph/driver.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { deleteNode, planOf, updateNode } from "../shared/node-writes.js";
import * as v from "../shared/validate.js";
import type { VersionedNodeArgs } from "../shared/write.args.js";
import type { InitiativeInput, InitiativePatch } from "./initiative.inputs.js";

/** Id `<goalId>:<n>`; the name is the text, cut at 80 characters. */
export function createInitiative(db: GraphDb, actor: Actor, input: InitiativeInput) {
  const text = v.text("text", input.text, { max: 5000 });
  return edit.createNode(db, actor, {
    kind: "Initiative",
    newId: { under: input.goalId },
    props: {
      planId: planOf(input.goalId),
      goalId: input.goalId,
      text,
      name: text.length > 80 ? `${text.slice(0, 77)}...` : text,
      source: "",
    },
    refs: [{ field: "goalId", id: input.goalId, kinds: ["Goal"] }],
    links: (id) => [{ from: input.goalId, to: id, type: "HAS_INITIATIVE", evidence: text, section: "" }],
  });
}

export function updateInitiative(db: GraphDb, actor: Actor, initiative: VersionedNodeArgs, patch: InitiativePatch) {
  return updateNode(db, actor, "Initiative", initiative, { text: v.optionalText("text", patch.text) });
}

export function deleteInitiative(db: GraphDb, actor: Actor, initiative: VersionedNodeArgs) {
  return deleteNode(db, actor, "Initiative", initiative);
}
