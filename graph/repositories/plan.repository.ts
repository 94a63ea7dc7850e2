import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/plan.cypher.js";
import type { StoredNode } from "./node.repository.js";

export async function allPlans(db: GraphDb): Promise<StoredNode[]> {
  const rows = await db.read("all-plans", (tx) => tx.run<{ plan: StoredNode }>(cypher.allPlans));
  return rows.map((row) => row.plan);
}
