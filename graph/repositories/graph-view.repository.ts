import type { GraphDb } from "../driver.js";
import type { NodeKind, RelType } from "../model.js";
import * as cypher from "../cypher/graph-view.cypher.js";
import {
  filterGraphView,
  type GraphViewRecord,
  type ViewEdgeRow,
  type ViewFilter,
  type ViewNodeRow,
} from "./algorithms/graph-view-filter.js";

export type { GraphViewRecord } from "./algorithms/graph-view-filter.js";

export interface GraphViewQuery extends ViewFilter {
  planId: string | null;
  kinds: NodeKind[] | null;
  relationTypes: RelType[] | null;
}

type ViewRow = { planFound: boolean; nodes: ViewNodeRow[]; edges: ViewEdgeRow[]; total?: number };

/**
 * Nodes and edges for drawing, in one read transaction. Null when `planId` names no plan.
 * Without a plan: a department filter reads those departments' plans whole; otherwise a
 * window of the first `limit` nodes by id across every plan, and the answer says so when
 * there are more (a database of many plans is never read whole for one request).
 */
export async function graphView(db: GraphDb, query: GraphViewQuery): Promise<GraphViewRecord | null> {
  const params = { kinds: query.kinds, types: query.relationTypes };
  return db.read("graph-view", async (tx) => {
    const ofPlan = async (planId: string) => (await tx.run<ViewRow>(cypher.graphViewOfPlan, { ...params, planId }))[0]!;
    if (query.planId !== null) {
      const row = await ofPlan(query.planId);
      return row.planFound ? filterGraphView(row.nodes, row.edges, query) : null;
    }
    if (query.departments !== null) {
      const [found] = await tx.run<{ planIds: string[] }>(cypher.plansOfDepartments, {
        departments: query.departments,
      });
      const rows: ViewRow[] = [];
      for (const planId of found?.planIds ?? []) rows.push(await ofPlan(planId));
      return filterGraphView(
        rows.flatMap((row) => row.nodes),
        rows.flatMap((row) => row.edges),
        query,
      );
    }
    const [row] = await tx.run<ViewRow>(cypher.graphViewOfAll, { ...params, planId: null, window: query.limit });
    return filterGraphView(row!.nodes, row!.edges, query, { total: row!.total ?? row!.nodes.length });
  });
}
