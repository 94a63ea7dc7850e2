/**
 * What the repositories hand to the API: plain records of stored nodes and edges, plus the
 * mapping from the rows the Cypher in ../cypher returns.
 */
import type { RelType } from "../model.js";

/** A stored node: its properties as in model.ts, plus its owning department (null when it has none). */
export type StoredNode = {
  id: string;
  kind: string;
  planId: string;
  name: string;
  source: string;
  owningDepartmentId?: string | null;
  owningDepartmentName?: string | null;
} & Record<string, unknown>;

const PARTIAL = Symbol("partial record");

/** Marks records read with only the properties a request selected (see `projectedNodeMap`). */
export function markPartial<T extends StoredNode>(nodes: readonly T[]): void {
  for (const node of nodes) (node as T & { [PARTIAL]?: true })[PARTIAL] = true;
}

/** False for a record that holds only some of its stored properties. */
export function isWholeRecord(node: StoredNode): boolean {
  return !(node as StoredNode & { [PARTIAL]?: true })[PARTIAL];
}

/** A stored edge with both end nodes, as `edgeMap` returns it. */
export interface StoredEdge {
  id: string;
  type: RelType;
  evidence: string;
  section: string;
  inferred: boolean;
  /** Why an inferred edge is believed; null when the plan states it. */
  reason: string | null;
  origin: string;
  from: StoredNode;
  to: StoredNode;
  /** Both ends have an owning department and the two differ. */
  crossDepartment: boolean;
  /** What the edge rests on: stated by the plan, stated use of a system, or inferred. */
  basis: DependencyBasis;
  /** The system the edge runs to (its `to` end, else its `from` end), when either end is one. */
  viaSystem: StoredNode | null;
}

/**
 * STATED: the plan states the link between the two parties; VIA_SYSTEM: the plan states that
 * one leans on a system (whose owner is the other party); INFERRED: no passage states it
 * outright: the edge quotes the passage it rests on and gives its reason.
 */
export const DEPENDENCY_BASES = ["STATED", "VIA_SYSTEM", "INFERRED"] as const;
export type DependencyBasis = (typeof DEPENDENCY_BASES)[number];

export function basisOf(edge: { inferred: boolean; from: StoredNode; to: StoredNode }): {
  basis: DependencyBasis;
  viaSystem: StoredNode | null;
} {
  const viaSystem = edge.to.kind === "System" ? edge.to : edge.from.kind === "System" ? edge.from : null;
  return { basis: edge.inferred ? "INFERRED" : viaSystem ? "VIA_SYSTEM" : "STATED", viaSystem };
}

export type EdgeRow = Omit<StoredEdge, "crossDepartment" | "reason" | "basis" | "viaSystem"> & {
  reason: string | null | undefined;
};

/** Different owning departments at the two ends; an end without one is never cross-department. */
export function isCrossDepartment(
  fromDepartmentId: string | null | undefined,
  toDepartmentId: string | null | undefined,
): boolean {
  return Boolean(fromDepartmentId) && Boolean(toDepartmentId) && fromDepartmentId !== toDepartmentId;
}

export function toEdge(row: EdgeRow): StoredEdge {
  return {
    ...row,
    // The loader stores a missing reason as "" (properties cannot hold null).
    reason: row.reason ? row.reason : null,
    crossDepartment: isCrossDepartment(row.from.owningDepartmentId, row.to.owningDepartmentId),
    ...basisOf(row),
  };
}

/** An edge row whose ends are ids only, as `lightEdgeMap` returns it. */
export type LightEdgeRow = Omit<EdgeRow, "from" | "to"> & { from: string; to: string };

/**
 * An edge from a light row, its ends looked up among nodes returned once on their own;
 * the same record `toEdge` makes from an `edgeMap` row.
 */
export function joinEdge(row: LightEdgeRow, nodes: ReadonlyMap<string, StoredNode>): StoredEdge {
  const end = (id: string) => {
    const node = nodes.get(id);
    if (!node) throw new Error(`edge ${row.id}: end node ${id} is not among the returned nodes`);
    return node;
  };
  return toEdge({ ...row, from: end(row.from), to: end(row.to) });
}

/** Rows of `id` + list, in the order of `ids` (an empty list where a node has none). */
export function groupById<T>(ids: readonly string[], rows: { id: string; items: T[] }[]): T[][] {
  const byId = new Map(rows.map((row) => [row.id, row.items]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** An answer about one node of an expected kind, or what was found at that id instead (null: nothing). */
export type Rooted<T> = { record: T; kind: string } | { record: null; kind: string | null };
