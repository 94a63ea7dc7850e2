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
  /** The plan's year: a milestone wholly before it is history (`past`). */
  year: number;
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

interface DeclaredEdge {
  from: string;
  type: PlanGraphEdge["type"];
  to: string;
  evidence: string;
  inferred: boolean;
  reason?: string | undefined;
  section?: string | undefined;
}

/** Edges the facts declare on their nodes: each system's owner, each unit's department, each milestone it follows. */
export function declaredEdges(facts: Facts): DeclaredEdge[] {
  const stated = (
    from: string,
    type: DeclaredEdge["type"],
    to: string,
    evidence: string | undefined,
  ): DeclaredEdge => ({ from, type, to, evidence: evidence ?? "", inferred: false });
  return [
    ...facts.systems.flatMap((s) =>
      s.owner === "none" ? [] : [stated(s.owner, "RESPONSIBLE_FOR", `system:${s.id}`, s.ownerEvidence)],
    ),
    ...facts.organisations.flatMap((o) =>
      o.unitOf ? [stated(o.unitOf, "HAS_UNIT", `org:${o.id}`, o.unitEvidence)] : [],
    ),
    ...facts.milestones.flatMap((m) =>
      m.follows ? [stated(`milestone:${m.id}`, "FOLLOWS", m.follows, m.followsEvidence)] : [],
    ),
  ];
}

/** The stated edges and the ones declared on the nodes (owners, units, milestones that follow others). */
export function curatedEdges({ facts, refs, sectionOf }: CuratedInput): PlanGraphEdge[] {
  return [...facts.edges, ...declaredEdges(facts)].map((e) => {
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

export function curatedNodes(
  { planId, year, facts, refs, sectionOf }: CuratedInput,
  edges: readonly PlanGraphEdge[],
): PlanGraphNode[] {
  const firstNamed = (names: readonly string[]) =>
    names.map((n) => sectionOf(n, "", { ignoreCase: true })).find((s) => s !== "") ?? "";
  const nodes: PlanGraphNode[] = [];
  for (const s of facts.systems) {
    const source = s.section ?? firstNamed([s.name, ...s.aliases]);
    nodes.push({
      kind: "System",
      id: ids.system(planId, s.id),
      planId,
      name: s.name,
      source,
      category: s.category,
      aliases: s.aliases,
      description: s.description,
    });
  }
  for (const o of facts.organisations) {
    const source = o.section ?? firstNamed([o.name, ...o.aliases]);
    const unitOf = o.unitOf ? (refs.get(o.unitOf)?.id ?? null) : null;
    nodes.push({
      kind: "Organisation",
      id: ids.organisation(planId, o.id),
      planId,
      name: o.name,
      source,
      aliases: o.aliases,
      description: o.description,
      unitOf,
    });
  }
  for (const m of facts.milestones) {
    const id = ids.milestone(planId, m.id);
    const pointer = edges.find((e) => e.to === id);
    const source = m.section ?? (pointer?.section || sectionOf(m.dateText, ""));
    const { name, date, endDate, dateText, precision, timing } = m;
    const past = (endDate ?? date) < `${year}-01-01`;
    nodes.push({ kind: "Milestone", id, planId, name, source, date, endDate, dateText, precision, timing, past });
  }
  return nodes;
}
