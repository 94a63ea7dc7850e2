import type {
  NodeRefRecord,
  PlanDocumentSource,
  QuotingEdgeRecord,
} from "../../../graph/repositories/plan-document.repository.js";
import { planSections, type PlanSectionRecord } from "./plan-sections.js";

export interface PlanDocumentRecord {
  planId: string;
  file: string;
  sections: Array<PlanSectionRecord & { quotes: QuotingEdgeRecord[]; nodes: NodeRefRecord[] }>;
}

const grouped = <T>(rows: T[], key: (row: T) => string) => {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
};

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Sections of the stored Markdown, each with the edges quoting it and the nodes stated in it.
 * A heading path can occur more than once: a quote goes to the occurrence whose text holds
 * it, nodes (and quotes found in none) to the first.
 */
export function toPlanDocument(source: PlanDocumentSource): PlanDocumentRecord {
  const nodes = grouped(source.nodes, (n) => n.section);
  const sections = planSections(source.markdown).map((s) => ({
    ...s,
    quotes: [] as QuotingEdgeRecord[],
    nodes: [] as NodeRefRecord[],
  }));
  const occurrences = grouped(sections, (s) => s.section);
  const texts = new Map(sections.map((s) => [s, squash(s.blocks.map((b) => b.text).join(" "))]));
  for (const [section, list] of occurrences) list[0]!.nodes = (nodes.get(section) ?? []).map((n) => n.node);
  for (const edge of source.edges) {
    const list = occurrences.get(edge.section);
    if (!list) continue;
    const quote = squash(edge.quote);
    (list.find((s) => texts.get(s)!.includes(quote)) ?? list[0]!).quotes.push(edge);
  }
  return { planId: source.planId, file: source.file, sections };
}
