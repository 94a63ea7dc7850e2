/** Plan-wide analyses: cross-department edges, the department matrix, key nodes. */
import type { GraphDb } from "../driver.js";
import * as cypher from "../cypher/dependency.cypher.js";
import { nodesByIds, nodesOfKind } from "../cypher/node.cypher.js";
import { KEY_NODE_DEPTH, rankKeyNodes, type DependencyPair, type KeyNodeScore } from "./algorithms/key-nodes.js";
import { matrixCells, type MatrixCount } from "./algorithms/matrix.js";
import { planInScope } from "./plan-scope.js";
import { toEdge, type EdgeRow, type StoredEdge, type StoredNode } from "./records.js";

/** Dependency edges between two different departments' nodes. Null when `planId` names no plan. */
export async function crossDepartmentEdges(db: GraphDb, planId: string | null): Promise<StoredEdge[] | null> {
  return db.read("cross-department-edges", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    const rows = await tx.run<{ edge: EdgeRow }>(cypher.crossDepartment, { planId });
    return rows.map((row) => toEdge(row.edge));
  });
}

export interface MatrixRecord {
  departments: StoredNode[];
  cells: { from: StoredNode; to: StoredNode; count: number }[];
}

export async function dependencyMatrix(db: GraphDb, planId: string | null): Promise<MatrixRecord | null> {
  return db.read("dependency-matrix", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    const departments = (await tx.run<{ node: StoredNode }>(nodesOfKind("Department", planId !== null), { planId })).map((row) => row.node);
    const counts = await tx.run<MatrixCount & Record<string, unknown>>(cypher.departmentMatrix, { planId });
    const byId = new Map(departments.map((d) => [d.id, d]));
    const cells = matrixCells(departments, counts).map((cell) => ({ from: byId.get(cell.from)!, to: byId.get(cell.to)!, count: cell.count }));
    return { departments, cells };
  });
}

export type KeyNodeRecord = Omit<KeyNodeScore, "id"> & { node: StoredNode };

/** The `limit` nodes most depended upon (transitively, within KEY_NODE_DEPTH), with betweenness. */
export async function keyNodes(db: GraphDb, planId: string | null, limit: number): Promise<KeyNodeRecord[] | null> {
  return db.read("key-nodes", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    const pairs = await tx.run<DependencyPair & Record<string, unknown>>(cypher.dependencyGraph, { planId });
    const ranked = rankKeyNodes(pairs, limit, KEY_NODE_DEPTH);
    if (!ranked.length) return [];
    const nodes = await tx.run<{ node: StoredNode }>(nodesByIds, { ids: ranked.map((r) => r.id) });
    const byId = new Map(nodes.map((row) => [row.node.id, row.node]));
    return ranked.map(({ id, ...score }) => ({ ...score, node: byId.get(id)! }));
  });
}
