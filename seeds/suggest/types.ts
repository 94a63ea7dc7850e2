/**
 * What the suggester proposes for a plan: one fact each, with the passage that shows it
 * (`quote`, verbatim from the plan's normalised text), where (`section`, `line`), how sure
 * (`confidence`, 0-1) and which Danish language rule proposed it (`rule`).
 */
import type { DatePrecision, MilestoneTiming } from "../../graph/model.js";

export const SUGGESTION_KINDS = ["SYSTEM", "ORGANISATION", "MILESTONE", "DEPENDENCY", "COORDINATION", "OWNER"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

export const SUGGESTION_STATUSES = ["OPEN", "ACCEPTED", "REJECTED"] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

export interface MilestoneData {
  date: string;
  endDate: string | null;
  precision: DatePrecision;
  timing: MilestoneTiming;
  /** A short name for the milestone: the sentence's words without the date. */
  name: string;
}

export interface NameData {
  /** Other spellings found in the plan (or carried over from the catalogue). */
  aliases: string[];
  /** For a system: system, module, platform, project or infrastructure. */
  category?: string;
}

export interface Suggestion {
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
  milestone: MilestoneData | null;
  names: NameData | null;
}

/** A system or organisation from earlier plans' facts: its name and aliases carry over. */
export interface CatalogueEntry {
  kind: "SYSTEM" | "ORGANISATION";
  name: string;
  aliases: string[];
  category?: string;
}
