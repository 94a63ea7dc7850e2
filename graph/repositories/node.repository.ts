import type { GraphDb } from "../driver.js";
import type { NodeKind } from "../model.js";
import * as cypher from "../cypher/node.cypher.js";
import { planInScope } from "./plan-scope.js";
import type { StoredNode } from "./records.js";
import type { NodesWithRelations, RelationStep, RelationTree } from "./relation-tree.js";

export type { StoredNode } from "./records.js";

/** Nodes by id, returned in the order of `ids` (null where there is none). */
export async function nodesByIds(db: GraphDb, ids: readonly string[]): Promise<(StoredNode | null)[]> {
  const rows = await db.read("nodes-by-ids", (tx) =>
    tx.run<{ node: StoredNode }>(cypher.nodesByIds, { ids: [...ids] }),
  );
  const byId = new Map(rows.map((row) => [row.node.id, row.node]));
  return ids.map((id) => byId.get(id) ?? null);
}

/**
 * Every node of a kind in one plan (or all plans when `planId` is null), in natural order
 * (date, letter, position, name), with the relations in `steps` below each. Null when
 * `planId` names no plan.
 */
export async function nodesOfKind(
  db: GraphDb,
  kind: NodeKind,
  planId: string | null,
  steps: readonly RelationStep[] = [],
): Promise<NodesWithRelations | null> {
  return db.read(`nodes-of-kind:${kind}`, async (tx) => {
    const rows = await tx.run<TreeRow>(cypher.nodesOfKind(kind, planId !== null, steps), { planId });
    // Only an empty answer needs to know whether the plan exists at all.
    if (rows.length === 0 && !(await planInScope(tx, planId))) return null;
    return withRelations(rows);
  });
}

/** Goals of one department (by letter), or of all departments, with the relations in `steps`. Null when the department does not exist. */
export async function goalsOfDepartment(
  db: GraphDb,
  departmentId: string | null,
  steps: readonly RelationStep[] = [],
): Promise<NodesWithRelations | null> {
  return db.read("goals-of-department", async (tx) => {
    const rows = await tx.run<TreeRow>(cypher.goalsOfDepartment(steps), { departmentId });
    if (rows.length === 0 && departmentId !== null) {
      // Only an empty answer needs to know whether the department exists at all.
      const [row] = await tx.run<{ kind: string | null }>(cypher.kindOf, { id: departmentId });
      if (row?.kind !== "Department") return null;
    }
    return withRelations(rows);
  });
}

type TreeRow = { node: StoredNode; tree?: RelationTree };

function withRelations(rows: TreeRow[]): NodesWithRelations {
  return { nodes: rows.map((row) => row.node), trees: rows.map((row) => row.tree ?? {}) };
}
