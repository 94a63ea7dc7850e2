/** Runs the floor queries (floor.cypher.ts) and shapes their answers like the API's. */
import type { GraphDb } from "../../graph/driver.js";
import * as cypher from "./floor.cypher.js";

interface FloorEdge { from: string; to: string; type: string; evidence: string; section: string }
interface FloorNode { id: string; name: string; kind: string; depth: number }

export interface ImpactAnswer {
  nodes: (FloorNode & { via: FloorEdge[] })[];
  edges: FloorEdge[];
}

export async function impactFloor(db: GraphDb, id: string, depth: number): Promise<ImpactAnswer> {
  const [row] = await db.read("bench-impact-floor", (tx) => tx.run<{ nodes: FloorNode[]; edges: (FloorEdge | { from: string; to: null })[] }>(cypher.impact, { id, depth }));
  if (!row) return { nodes: [], edges: [] };
  const edges = row.edges.filter((e): e is FloorEdge => e.to !== null);
  const depthOf = new Map<string, number>([[id, 0], ...row.nodes.map((n) => [n.id, n.depth] as const)]);
  const via = new Map<string, FloorEdge[]>();
  // An edge explains the deeper of its ends when the two lie one level apart (edges are read either way).
  for (const e of edges) {
    const [a, b] = [depthOf.get(e.from), depthOf.get(e.to)];
    if (a === undefined || b === undefined || Math.abs(a - b) !== 1) continue;
    const far = a > b ? e.from : e.to;
    const list = via.get(far) ?? [];
    list.push(e);
    via.set(far, list);
  }
  return { nodes: row.nodes.map((n) => ({ ...n, via: via.get(n.id) ?? [] })), edges };
}

export async function nestedFloor(db: GraphDb, planId: string): Promise<unknown[]> {
  const rows = await db.read("bench-nested-floor", (tx) => tx.run<{ department: unknown }>(cypher.nested, { planId }));
  return rows.map((r) => r.department);
}

export interface GraphAnswer {
  totalNodes: number;
  nodes: unknown[];
  edges: unknown[];
}

export async function graphFloor(db: GraphDb, planId: string | null, limit: number): Promise<GraphAnswer> {
  type Out = { target: string } & Record<string, unknown>;
  const rows = await db.read("bench-graph-floor", (tx) =>
    tx.run<{ totalNodes: number; node: { id: string }; out: Out[] }>(planId ? cypher.graphOfPlan : cypher.graphOfAll, { planId, limit }),
  );
  const ids = new Set(rows.map((r) => r.node.id));
  const edges = rows.flatMap((r) => r.out.filter((e) => ids.has(e.target)));
  return { totalNodes: rows[0]?.totalNodes ?? 0, nodes: rows.map((r) => r.node), edges };
}

export async function hubSystem(db: GraphDb, planId: string): Promise<string> {
  const [row] = await db.read("bench-hub", (tx) => tx.run<{ id: string }>(cypher.hubSystem, { planId }));
  if (!row) throw new Error(`Plan ${planId} has no used system.`);
  return row.id;
}
