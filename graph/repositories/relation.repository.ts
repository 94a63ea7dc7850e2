import type { GraphDb } from "../driver.js";
import type { RelType } from "../model.js";
import * as cypher from "../cypher/relation.cypher.js";
import { groupById, type StoredNode } from "./records.js";

export type { Direction } from "../cypher/relation.cypher.js";

/** For each id, its neighbours along `type` in `direction`, in one round trip. */
export async function relatedNodes(
  db: GraphDb,
  type: RelType,
  direction: cypher.Direction,
  ids: readonly string[],
): Promise<StoredNode[][]> {
  const rows = await db.read(`related:${direction}:${type}`, (tx) =>
    tx.run<{ id: string; nodes: StoredNode[] }>(cypher.relatedNodes(type, direction), { ids: [...ids] }),
  );
  return groupById(
    ids,
    rows.map((row) => ({ id: row.id, items: row.nodes })),
  );
}
