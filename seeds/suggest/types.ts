/**
 * What the suggester proposes for a plan: one fact each, with the passage that shows it
 * (`quote`, verbatim from the plan's normalised text), where (`section`, `line`), how sure
 * (`confidence`, 0-1) and which Danish language rule proposed it (`rule`).
 */
import type { DatePrecision, MilestoneTiming } from "../../graph/model.js";
import type { SuggestionFields } from "../../graph/repositories/suggestion-facts.js";

export {
  SUGGESTION_KINDS,
  SUGGESTION_STATUSES,
  type SuggestionKind,
  type SuggestionStatus,
} from "../../graph/repositories/suggestion-facts.js";

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

export interface Suggestion extends SuggestionFields {
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
