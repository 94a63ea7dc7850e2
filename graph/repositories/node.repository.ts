import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/node.cypher.js";

export type StoredNode = { id: string; kind: string; planId: string; name: string; source: string } & Record<string, unknown>;

/** Nodes by id, returned in the order of `ids` (null where there is none). */
export async function nodesByIds(db: GraphDb, ids: readonly string[]): Promise<(StoredNode | null)[]> {
  const rows = await db.read("nodes-by-ids", (tx) => tx.run<{ node: StoredNode }>(cypher.nodesByIds, { ids: [...ids] }));
  const byId = new Map(rows.map((row) => [row.node.id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}
