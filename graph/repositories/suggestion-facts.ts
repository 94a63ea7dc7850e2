/**
 * What accepting a suggestion writes: the node (system, organisation, milestone) with the
 * properties a facts file would give it, and the edges (a milestone's HAS_MILESTONE, a
 * dependency, a coordination, an owner's RESPONSIBLE_FOR), each quoting the plan. Pure.
 */
import type { NodeKind, RelType } from "../model.js";
import { edgeKey, idSlug } from "../stored.js";

export const SUGGESTION_KINDS = ["SYSTEM", "ORGANISATION", "MILESTONE", "DEPENDENCY", "COORDINATION", "OWNER"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_STATUSES = ["OPEN", "ACCEPTED", "REJECTED"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** What every suggestion says, in the suggester's hands (seeds/suggest) and as stored. */
export interface SuggestionFields {
  /** Stable: the same plan text gives the same ids. */
  id: string;
  planId: string;
  kind: SuggestionKind;
  /** The name, or the date as written. */
  label: string;
  quote: string;
  section: string;
  line: number;
  confidence: number;
  rule: string;
  /** Global node ids of a link's ends (DEPENDENCY, COORDINATION, OWNER, and a milestone's holder). */
  from: string | null;
  to: string | null;
  /** The ends' names as written, for a reader (and for an end that is itself only suggested). */
  fromLabel: string | null;
  toLabel: string | null;
}

/** A Suggestion node as stored (seeds/suggest/rows.ts writes it). */
export interface SuggestionRecord extends SuggestionFields {
  /** JSON of the milestone's date, endDate, precision, timing, name. */
  milestoneJson: string | null;
  /** JSON of a name's aliases and category. */
  namesJson: string | null;
  status: SuggestionStatus;
  version: number;
  /** The id of the node or edge written on acceptance. */
  factId?: string | null;
  edited?: boolean;
}

export interface Fact {
  factId: string;
  node: { kind: NodeKind; props: Record<string, unknown> & { id: string } } | null;
  edges: Array<{ from: string; to: string; type: RelType; evidence: string; section: string }>;
}

export const factIds = {
  system: (planId: string, label: string) => `${planId}:system:${idSlug(label)}`,
  organisation: (planId: string, label: string) => `${planId}:org:${idSlug(label)}`,
};

function parse<T>(json: string | null): T | null {
  return json ? (JSON.parse(json) as T) : null;
}

export function factOf(s: SuggestionRecord): Fact {
  const base = { planId: s.planId, name: s.label, source: s.section };
  const names = parse<{ aliases: string[]; category?: string }>(s.namesJson) ?? { aliases: [] };
  const evidence = s.quote;
  switch (s.kind) {
    case "SYSTEM": {
      const id = factIds.system(s.planId, s.label);
      const aliases = names.aliases.filter((a) => a !== s.label);
      return {
        factId: id,
        node: {
          kind: "System",
          props: {
            ...base,
            id,
            kind: "System",
            category: names.category ?? "system",
            aliases,
            description: "",
          },
        },
        edges: [],
      };
    }
    case "ORGANISATION": {
      const id = factIds.organisation(s.planId, s.label);
      const aliases = names.aliases.filter((a) => a !== s.label);
      return {
        factId: id,
        node: {
          kind: "Organisation",
          props: { ...base, id, kind: "Organisation", aliases, description: "" },
        },
        edges: [],
      };
    }
    case "MILESTONE": {
      const m = parse<{ date: string; endDate: string | null; precision: string; timing: string; name: string }>(
        s.milestoneJson,
      );
      if (!m || !s.to) throw new Error(`Suggestion ${s.id} has no milestone data.`);
      const year = Number(s.planId.match(/(\d{4})$/u)?.[1] ?? m.date.slice(0, 4));
      const props: Record<string, unknown> & { id: string } = {
        ...base,
        id: s.to,
        kind: "Milestone",
        name: m.name,
        date: m.date,
        dateText: s.label,
        precision: m.precision,
        timing: m.timing,
        past: (m.endDate ?? m.date) < `${year}-01-01`,
      };
      if (m.endDate) props.endDate = m.endDate;
      const edges = s.from
        ? [{ from: s.from, to: s.to, type: "HAS_MILESTONE" as const, evidence, section: s.section }]
        : [];
      return { factId: s.to, node: { kind: "Milestone", props }, edges };
    }
    case "DEPENDENCY":
    case "COORDINATION":
    case "OWNER": {
      if (!s.from || !s.to) throw new Error(`Suggestion ${s.id} has no ends.`);
      const type: RelType =
        s.kind === "DEPENDENCY" ? "DEPENDS_ON" : s.kind === "OWNER" ? "RESPONSIBLE_FOR" : "COORDINATES_WITH";
      return {
        factId: edgeKey({ from: s.from, type, to: s.to }),
        node: null,
        edges: [{ from: s.from, to: s.to, type, evidence, section: s.section }],
      };
    }
  }
}
