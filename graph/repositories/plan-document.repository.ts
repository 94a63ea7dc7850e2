import * as cypher from "../cypher/plan-document.cypher.js";
import type { GraphDb } from "../driver.js";

export interface NodeRefRecord {
  id: string;
  name: string;
  kind: string;
}

export type QuotingEdgeRecord = {
  section: string;
  quote: string;
  id: string;
  type: string;
  from: NodeRefRecord;
  to: NodeRefRecord;
};

export interface PlanDocumentSource {
  planId: string;
  file: string;
  markdown: string;
  edges: QuotingEdgeRecord[];
  nodes: Array<{ section: string; node: NodeRefRecord }>;
}

/** The plan's stored Markdown (PlanSource) and everything that quotes it; null without a source. */
export async function planDocumentSource(db: GraphDb, planId: string): Promise<PlanDocumentSource | null> {
  return db.read("plan-document", async (tx) => {
    const [source] = await tx.run<{ file: string; markdown: string }>(cypher.planSourceText, { planId });
    if (!source) return null;
    const edges = await tx.run<QuotingEdgeRecord>(cypher.quotingEdges, { planId });
    const nodes = await tx.run<{ section: string; node: NodeRefRecord }>(cypher.sectionNodes, { planId });
    return { planId, file: source.file, markdown: source.markdown, edges, nodes };
  });
}
