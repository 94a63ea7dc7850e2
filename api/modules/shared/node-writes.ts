/**
 * Writes every kind of node shares: a versioned update of the fields a patch sends and a
 * versioned delete. Each is one audited transaction; a stale version gets CONFLICT.
 */
import type { GraphDb } from "../../../graph/driver.js";
import type { NodeKind } from "../../../graph/model.js";
import type { Actor } from "../../../graph/repositories/audit.repository.js";
import * as edit from "../../../graph/repositories/edit.repository.js";
import type { DeleteResult } from "./edit-result.type.js";
import { patchOf, version } from "./validate.js";
import type { VersionedNodeArgs } from "./write.args.js";

/** The plan a node id belongs to: its first segment ("ltk-okf-2009:it-afdelingen:e" -> "ltk-okf-2009"). */
export const planOf = (id: string) => id.split(":")[0] ?? "";

/** Changes the fields the caller sent (undefined ones stay); an empty patch is BAD_USER_INPUT. */
export function updateNode(
  db: GraphDb,
  actor: Actor,
  kind: NodeKind,
  node: VersionedNodeArgs,
  fields: Record<string, unknown>,
) {
  const patch = patchOf(fields);
  return edit.updateNode(db, actor, kind, node.id, version("version", node.version), patch);
}

export async function deleteNode(
  db: GraphDb,
  actor: Actor,
  kind: NodeKind,
  node: VersionedNodeArgs,
): Promise<DeleteResult> {
  return { deletedIds: await edit.deleteNode(db, actor, kind, node.id, version("version", node.version)) };
}
