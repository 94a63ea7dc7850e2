/**
 * Planners' writes to dependency edges (`from` needs `to`). An edge carries evidence from
 * the plan, or is stored as inferred with the author's reason.
 */
import type { GraphDb } from "../../../graph/driver.js";
import { CURATED_TYPES, relation, type RelType } from "../../../graph/relations.js";
import { edgeKey } from "../../../graph/stored.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import { badInput } from "../../errors.js";
import type { DeleteResult } from "../shared/edit-result.type.js";
import * as v from "../shared/validate.js";
import type {
  DependencyInput,
  DependencyKeyArgs,
  DependencyPatch,
  VersionedDependencyArgs,
} from "./dependency.inputs.js";

/** The relationship types a planner may state (those a facts file may state: graph/relations.ts `curated`). */
export function dependencyType(value: string): RelType {
  if (!(CURATED_TYPES as readonly string[]).includes(value))
    throw badInput(`type must be one of ${CURATED_TYPES.join(", ")}, got "${value}".`, "type");
  return value as RelType;
}

const keyOf = (edge: DependencyKeyArgs) => ({ from: edge.from, to: edge.to, type: dependencyType(edge.type) });

/** The evidence fields of an edit: a passage, and a reason when the passage only supports the edge (stored as inferred). */
function evidenceOf(input: DependencyInput | DependencyPatch): {
  evidence?: string;
  inferred?: boolean;
  reason?: string;
} {
  const evidence = v.optionalText("evidence", input.evidence, 2000);
  const reason = v.optionalText("inferredReason", input.inferredReason, 1000);
  return { ...(evidence ? { evidence } : {}), ...(reason ? { inferred: true, reason } : {}) };
}

/** No self-edges, no duplicates, both ends in one plan and of the kinds the type joins. */
export function createDependency(db: GraphDb, actor: Actor, input: DependencyInput) {
  if (input.from === input.to) throw badInput("An edge cannot point at its own start (from = to).", "to");
  const type = dependencyType(input.type);
  const why = evidenceOf(input);
  if (!why.evidence) {
    throw badInput(
      "A dependency needs evidence: the passage of the plan that states it (with inferredReason when the passage only supports it).",
      "evidence",
    );
  }
  const { from, to } = relation(type);
  const edge = {
    from: input.from,
    to: input.to,
    type,
    section: v.optionalText("section", input.section, 500) ?? "",
    evidence: why.evidence,
    inferred: why.inferred ?? false,
    reason: why.reason ?? "",
  };
  return edit.createDependency(db, actor, edge, { from, to });
}

export function updateDependency(db: GraphDb, actor: Actor, edge: VersionedDependencyArgs, patch: DependencyPatch) {
  const why = evidenceOf(patch);
  const section = v.optionalText("section", patch.section, 500);
  return edit.updateDependency(
    db,
    actor,
    keyOf(edge),
    v.version("version", edge.version),
    v.patchOf({ ...why, section }),
  );
}

/** Removes the edge; answers its key `from|TYPE|to`. */
export async function deleteDependency(db: GraphDb, actor: Actor, edge: DependencyKeyArgs): Promise<DeleteResult> {
  const key = keyOf(edge);
  await edit.deleteDependency(db, actor, key);
  return { deletedIds: [edgeKey(key)] };
}
