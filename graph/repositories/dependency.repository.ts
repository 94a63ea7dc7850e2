import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/dependency.cypher.js";
import { groupById, toEdge, type EdgeRow, type StoredEdge } from "./records.js";

export type DependencyDirection = "dependsOn" | "dependents";

/** For each id, its dependency edges out (`dependsOn`) or in (`dependents`), in one round trip. */
export async function dependencyEdges(
  db: GraphDb,
  direction: DependencyDirection,
  ids: readonly string[],
): Promise<StoredEdge[][]> {
  const rows = await db.read(`dependency-edges:${direction}`, (tx) =>
    tx.run<{ id: string; edges: EdgeRow[] }>(cypher[direction], { ids: [...ids] }),
  );
  return groupById(
    ids,
    rows.map((row) => ({ id: row.id, items: row.edges.map(toEdge) })),
  );
}
