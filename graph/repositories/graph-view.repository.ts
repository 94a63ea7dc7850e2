import type { GraphDb } from "../driver.js";
import type { NodeKind, RelType } from "../model.js";
import * as cypher from "../cypher/graph-view.cypher.js";
import { filterGraphView, type GraphViewRecord, type ViewEdgeRow, type ViewFilter, type ViewNodeRow } from "./algorithms/graph-view-filter.js";

export type { GraphViewRecord } from "./algorithms/graph-view-filter.js";

export interface GraphViewQuery extends ViewFilter {
  planId: string | null;
  kinds: NodeKind[] | null;
  relationTypes: RelType[] | null;
}

/** Nodes and edges for drawing, in one round trip. Null when `planId` names no plan. */
export async function graphView(db: GraphDb, query: GraphViewQuery): Promise<GraphViewRecord | null> {
  return db.read("graph-view", async (tx) => {
    const [row] = await tx.run<{ planFound: boolean; nodes: ViewNodeRow[]; edges: ViewEdgeRow[] }>(query.planId === null ? cypher.graphViewOfAll : cypher.graphViewOfPlan, {
      planId: query.planId,
      kinds: query.kinds,
      types: query.relationTypes,
    });
    if (!row?.planFound) return null;
    return filterGraphView(row.nodes, row.edges, query);
  });
}
