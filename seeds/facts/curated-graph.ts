/**
 * Curated facts as graph nodes (systems, organisations, milestones) and "curated" edges.
 * Runs after validation, so every reference resolves. A node's source is its stated
 * section, else where the plan first names it (a milestone: where its first edge points
 * from).
 */
import type { PlanGraphEdge, PlanGraphNode } from "../../graph/model.js";
import type { RefTarget } from "./refs.js";
import { ids } from "./refs.js";
import type { Facts } from "./schema.js";
import type { SectionOf } from "./sections.js";

export interface CuratedInput {
  planId: string;
  facts: Facts;
  refs: ReadonlyMap<string, RefTarget>;
  sectionOf: SectionOf;
}

const collapse = (text: string) => text.replace(/\s+/g, " ").trim();

function target(refs: ReadonlyMap<string, RefTarget>, ref: string): RefTarget {
  const found = refs.get(ref);
  if (!found) throw new Error(`unresolved reference "${ref}" after validation`);
  return found;
}

/** The stated edges, plus one RESPONSIBLE_FOR edge from each system's owner. */
export function curatedEdges({ facts, refs, sectionOf }: CuratedInput): PlanGraphEdge[] {
  const owners = facts.systems.flatMap((s) =>
    s.owner === "none" ? [] : [{ from: s.owner, type: "RESPONSIBLE_FOR" as const, to: `system:${s.id}`, evidence: s.ownerEvidence ?? "", inferred: false, reason: undefined, section: undefined }],
  );
  return [...facts.edges, ...owners].map((e) => {
    const from = target(refs, e.from);
    const evidence = collapse(e.evidence);
    return {
      from: from.id,
      to: target(refs, e.to).id,
      type: e.type,
      evidence,
      section: e.section ?? sectionOf(evidence, from.section),
      inferred: e.inferred,
      reason: e.inferred ? (e.reason ?? null) : null,
      origin: "curated",
    };
  });
}

export function curatedNodes({ planId, facts, sectionOf }: CuratedInput, edges: readonly PlanGraphEdge[]): PlanGraphNode[] {
  const firstNamed = (names: readonly string[]) => names.map((n) => sectionOf(n, "", { ignoreCase: true })).find((s) => s !== "") ?? "";
  const nodes: PlanGraphNode[] = [];
  for (const s of facts.systems) {
    const source = s.section ?? firstNamed([s.name, ...s.aliases]);
    nodes.push({ kind: "System", id: ids.system(planId, s.id), planId, name: s.name, source, category: s.category, aliases: s.aliases, description: s.description });
  }
  for (const o of facts.organisations) {
    const source = o.section ?? firstNamed([o.name, ...o.aliases]);
    nodes.push({ kind: "Organisation", id: ids.organisation(planId, o.id), planId, name: o.name, source, aliases: o.aliases, description: o.description });
  }
  for (const m of facts.milestones) {
    const id = ids.milestone(planId, m.id);
    const pointer = edges.find((e) => e.to === id);
    const source = m.section ?? (pointer?.section || sectionOf(m.dateText, ""));
    const { name, date, endDate, dateText, precision } = m;
    nodes.push({ kind: "Milestone", id, planId, name, source, date, endDate, dateText, precision });
  }
  return nodes;
}
