/**
 * The department x department grid: every ordered pair of distinct departments of one plan,
 * zeros included, with the cross-department edges counted by what they rest on. A symmetric
 * edge (coordination) counts in both directions: either side slipping hits the other.
 */
import { RELATIONS } from "../../relations.js";
import type { DependencyBasis, StoredEdge } from "../records.js";

export interface MatrixCellIds {
  from: string;
  to: string;
  /** Edges counted under the bases asked for. */
  count: number;
  stated: number;
  viaSystem: number;
  inferred: number;
}

const FIELD: Record<DependencyBasis, "stated" | "viaSystem" | "inferred"> = {
  STATED: "stated",
  VIA_SYSTEM: "viaSystem",
  INFERRED: "inferred",
};

export function matrixCells(
  departments: readonly { id: string; planId: string }[],
  edges: readonly StoredEdge[],
  include: ReadonlySet<DependencyBasis>,
): MatrixCellIds[] {
  const byPair = new Map<string, MatrixCellIds>();
  for (const from of departments) {
    for (const to of departments) {
      if (from.id === to.id || from.planId !== to.planId) continue;
      byPair.set(`${from.id}\u0000${to.id}`, {
        from: from.id,
        to: to.id,
        count: 0,
        stated: 0,
        viaSystem: 0,
        inferred: 0,
      });
    }
  }
  const add = (fromDept: string | null | undefined, toDept: string | null | undefined, edge: StoredEdge) => {
    const cell = byPair.get(`${fromDept}\u0000${toDept}`);
    if (!cell) return;
    cell[FIELD[edge.basis]] += 1;
    if (include.has(edge.basis)) cell.count += 1;
  };
  for (const edge of edges) {
    add(edge.from.owningDepartmentId, edge.to.owningDepartmentId, edge);
    if (RELATIONS[edge.type].symmetric) add(edge.to.owningDepartmentId, edge.from.owningDepartmentId, edge);
  }
  return [...byPair.values()];
}
