/** Runs the floor queries (floor.cypher.ts) and shapes their answers like the API's. */
import type { GraphDb } from "../../graph/driver.js";
import type { NodeKind, RelType } from "../../graph/model.js";
import { slipGraphOf, spreadSlip } from "../../graph/repositories/algorithms/slip.js";
import * as cypher from "./floor.cypher.js";

interface FloorEdge {
  from: string;
  to: string;
  type: string;
  evidence: string;
  section: string;
}
interface FloorNode {
  id: string;
  name: string;
  kind: string;
  depth: number;
}

export interface ImpactAnswer {
  nodes: (FloorNode & { via: FloorEdge[] })[];
  edges: FloorEdge[];
}

export async function impactFloor(db: GraphDb, id: string, depth: number): Promise<ImpactAnswer> {
  type Row = {
    nodes: { id: string; name: string; kind: NodeKind }[];
    edges: (FloorEdge & { id: string; type: RelType })[];
  };
  const [row] = await db.read("bench-impact-floor", (tx) => tx.run<Row>(cypher.impact, { id, cap: 5000 }));
  if (!row) return { nodes: [], edges: [] };
  const kinds = new Map(row.nodes.map((n) => [n.id, n.kind]));
  const spread = spreadSlip(id, "downstream", slipGraphOf(row.edges, kinds), depth);
  const byId = new Map(row.nodes.map((n) => [n.id, n]));
  const nodes = [...spread.depth].map(([nodeId, d]) => ({
    ...byId.get(nodeId)!,
    depth: d,
    via: spread.via.get(nodeId)!,
  }));
  return {
    nodes,
    edges: row.edges.filter(
      (e) => (e.from === id || spread.depth.has(e.from)) && (e.to === id || spread.depth.has(e.to)),
    ),
  };
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
    tx.run<{ totalNodes: number; node: { id: string }; out: Out[] }>(planId ? cypher.graphOfPlan : cypher.graphOfAll, {
      planId,
      limit,
    }),
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
