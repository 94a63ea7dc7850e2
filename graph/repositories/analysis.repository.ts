/** Plan-wide analyses: cross-department edges, the department matrix, key nodes, dependent counts. */
import type { GraphDb, Tx } from "../driver.js";
import * as cypher from "../cypher/dependency.cypher.js";
import { MAX_DEPTH } from "../cypher/impact.cypher.js";
import { nodesByIds, nodesOfKind } from "../cypher/node.cypher.js";
import {
  countDependents,
  rankKeyNodes,
  slipGraphOfPairs,
  type DependentCount,
  type SlipPair,
} from "./algorithms/key-nodes.js";
import { matrixCells } from "./algorithms/matrix.js";
import { planInScope } from "./plan-scope.js";
import { toEdge, type DependencyBasis, type EdgeRow, type StoredEdge, type StoredNode } from "./records.js";

export type { DependentCount } from "./algorithms/key-nodes.js";

/** What cross-department answers count unless asked otherwise: what the plan states, directly or via a system. */
export const DEFAULT_BASES: readonly DependencyBasis[] = ["STATED", "VIA_SYSTEM"];

async function crossEdges(tx: Tx, planId: string | null): Promise<StoredEdge[]> {
  const rows = await tx.run<{ edge: EdgeRow }>(cypher.crossDepartment, { planId });
  return rows.map((row) => toEdge(row.edge));
}

/** Dependency edges between two different departments' nodes, of the given bases. Null when `planId` names no plan. */
export async function crossDepartmentEdges(
  db: GraphDb,
  planId: string | null,
  include: readonly DependencyBasis[] = DEFAULT_BASES,
): Promise<StoredEdge[] | null> {
  return db.read("cross-department-edges", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    return (await crossEdges(tx, planId)).filter((edge) => include.includes(edge.basis));
  });
}

export interface MatrixRecord {
  departments: StoredNode[];
  cells: { from: StoredNode; to: StoredNode; count: number; stated: number; viaSystem: number; inferred: number }[];
  include: DependencyBasis[];
}

export async function dependencyMatrix(
  db: GraphDb,
  planId: string | null,
  include: readonly DependencyBasis[] = DEFAULT_BASES,
): Promise<MatrixRecord | null> {
  return db.read("dependency-matrix", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    const departments = (
      await tx.run<{ node: StoredNode }>(nodesOfKind("Department", planId !== null), { planId })
    ).map((row) => row.node);
    const byId = new Map(departments.map((d) => [d.id, d]));
    const cells = matrixCells(departments, await crossEdges(tx, planId), new Set(include)).map((cell) => ({
      ...cell,
      from: byId.get(cell.from)!,
      to: byId.get(cell.to)!,
    }));
    return { departments, cells, include: [...include] };
  });
}

export interface KeyNodeRecord {
  node: StoredNode;
  /** All dependents: the same number as a DOWNSTREAM impact of depth MAX_DEPTH lists. */
  dependents: number;
  directDependents: number;
  departments: number;
  betweenness: number;
}

const slipPairs = (tx: Tx, planId: string | null) =>
  tx.run<SlipPair & Record<string, unknown>>(cypher.slipGraph, { planId });

/** The `limit` nodes a slip of which hits the most (all dependents, as impact counts them to MAX_DEPTH), with betweenness. */
export async function keyNodes(db: GraphDb, planId: string | null, limit: number): Promise<KeyNodeRecord[] | null> {
  return db.read("key-nodes", async (tx) => {
    if (!(await planInScope(tx, planId))) return null;
    const ranked = rankKeyNodes(await slipPairs(tx, planId), limit, MAX_DEPTH);
    if (!ranked.length) return [];
    const nodes = await tx.run<{ node: StoredNode }>(nodesByIds, { ids: ranked.map((r) => r.id) });
    const byId = new Map(nodes.map((row) => [row.node.id, row.node]));
    return ranked.map((score) => ({
      node: byId.get(score.id)!,
      dependents: score.all,
      directDependents: score.direct,
      departments: score.departments,
      betweenness: score.betweenness,
    }));
  });
}

/** Direct and all dependents of each node (slip.ts rules, to MAX_DEPTH), in the order of `ids`: one statement per plan involved. */
export async function dependentCounts(db: GraphDb, ids: readonly string[]): Promise<DependentCount[]> {
  return db.read("dependent-counts", async (tx) => {
    const plans = (await tx.run<{ planId: string }>(cypher.plansOf, { ids: [...ids] })).map((row) => row.planId);
    const pairs = (await Promise.all(plans.map((planId) => slipPairs(tx, planId)))).flat();
    const { graph, owner } = slipGraphOfPairs(pairs);
    return ids.map((id) => countDependents(id, graph, owner, MAX_DEPTH));
  });
}
