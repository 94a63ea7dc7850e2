/**
 * A department's status on the previous year, as StatusItems. Rules, in order:
 * - a lettered group ("A. Økonomistyringen i 2008" with "Indsatsområde:" and "Status:")
 *   is one item: its planned text, judged by its status text;
 * - a bullet or paragraph ending in an italic sentence is one item judged by that sentence;
 * - any other bullet is one item judged by its own words, else by the paragraph that
 *   introduced its list ("Udeståender er følgende:"), else by a cue-bearing paragraph right
 *   after it ("M.h.t. sidstnævnte projekt ... fejlslagen"), the two readings combined;
 * - a lead-in that ends on the perfect auxiliary and the year ("Borgmestersekretariatet har
 *   i 2008" + "- Sekretariatsbetjent Bevillingsnævn, ...") reports its bullets as done: each
 *   bullet supplies the participle, and its own words are the outcome sentence;
 * - a paragraph that states an outcome but has no bullet to attach to is an item itself.
 * Every reading knows the status year, so that a future tied to a later year reads as
 * CONTINUES (outcome.ts).
 */
import { blockText, type TextBlock } from "./blocks.js";
import { classifyOutcome, combineOutcomes, type OutcomeOptions, type OutcomeReading } from "./outcome.js";
import type { PartOutline, Placed } from "./outline.js";
import { joinLines, normaliseInline, splitSentences } from "./text.js";
import type { ParsedStatusItem } from "./types.js";

type Draft = Omit<ParsedStatusItem, "ordinal" | "year">;

/** Splits a block into its plain text and its italic outcome sentence(s). */
export function splitItalicOutcome(block: TextBlock): { text: string; italic: string } {
  const raw = joinLines(block.lines, { keepEmphasis: true }).replace(/\*\*/g, "");
  const spans = [...raw.matchAll(/\*([^*]+)\*/g)].map((m) => normaliseInline(m[1] ?? ""));
  const text = normaliseInline(raw.replace(/\*[^*]+\*/g, " "));
  return { text, italic: spans.join(" ") };
}

function draft(text: string, reading: OutcomeReading, at: Placed, title: string | null = null): Draft {
  return {
    title,
    text,
    outcome: reading.outcome,
    outcomeText: reading.cueText,
    line: at.block.line,
    section: at.section,
  };
}

/** What a list's lead-in passes to its bullets; `ownWords`: each bullet's own text is its outcome sentence. */
interface LeadIn extends OutcomeReading {
  ownWords: boolean;
}

/** "Borgmestersekretariatet har i 2008", "Afdelingen har gennem 2008:": the participles follow in the list. */
const PERFECT_LEAD_IN = /(?:^|\s)har\s+(?:i|gennem|i løbet af)\s+\d{4}\s*:?$/iu;

/** The reading that a list's lead-in paragraph passes to its bullets: its last sentence first. */
function leadInReading(text: string, opts: OutcomeOptions): LeadIn {
  const last = splitSentences(text).at(-1) ?? "";
  const own = classifyOutcome(last, opts);
  if (own.outcome !== "UNKNOWN") return { ...own, ownWords: false };
  const whole = classifyOutcome(text, opts);
  if (whole.outcome !== "UNKNOWN") return { ...whole, ownWords: false };
  return PERFECT_LEAD_IN.test(last)
    ? { outcome: "DONE", cueText: last, ownWords: true }
    : { ...whole, ownWords: false };
}

interface Group {
  title: string;
  at: Placed;
  field: "planned" | "status";
  planned: string[];
  status: string[];
}

function flushGroup(group: Group, opts: OutcomeOptions): Draft {
  const statusText = group.status.join(" ");
  const reading = classifyOutcome(statusText, opts);
  const text = group.planned.join("\n") || group.title;
  return { ...draft(text, reading, group.at, group.title), outcomeText: statusText };
}

export function parseStatusPart(part: PartOutline): Draft[] {
  const opts: OutcomeOptions = part.year === null ? {} : { year: part.year };
  const items: Draft[] = [];
  let group: Group | null = null;
  let leadIn: LeadIn | null = null;
  let previousBullet: Draft | null = null;
  const blocks = part.blocks;
  blocks.forEach((placed, index) => {
    const { block, meaning } = placed;
    if (block.kind === "heading") {
      if (meaning?.kind === "field" && group) {
        group.field = meaning.field === "statusText" ? "status" : "planned";
        return;
      }
      if (group) items.push(flushGroup(group, opts));
      group =
        meaning?.kind === "lettered"
          ? { title: meaning.title, at: placed, field: "planned", planned: [], status: [] }
          : null;
      leadIn = null;
      previousBullet = null;
      return;
    }
    if (group) {
      group[group.field].push(blockText(block));
      return;
    }
    const { text, italic } = splitItalicOutcome(block);
    if (text === "" && italic === "") return;
    if (italic !== "") {
      const reading = classifyOutcome(italic, opts);
      const item = { ...draft(text, reading, placed), outcomeText: italic };
      items.push(item);
      previousBullet = block.kind === "bullet" ? item : null;
      return;
    }
    const reading = classifyOutcome(text, opts);
    if (block.kind === "bullet") {
      const inherited =
        reading.outcome === "UNKNOWN" && leadIn
          ? { outcome: leadIn.outcome, cueText: leadIn.ownWords ? text : leadIn.cueText }
          : reading;
      const item = draft(text, inherited, placed);
      items.push(item);
      previousBullet = item;
      return;
    }
    const next = blocks[index + 1]?.block;
    const introducesList = next?.kind === "bullet";
    if (introducesList) {
      const passed = leadInReading(text, opts);
      leadIn = passed.outcome === "UNKNOWN" ? null : passed;
    }
    // A lead-in is an item only when a sentence before its list-introducing one states an outcome.
    const own = introducesList ? classifyOutcome(splitSentences(text).slice(0, -1).join(" "), opts) : reading;
    if (introducesList && own.outcome === "UNKNOWN") {
      // only passes its reading on to the bullets
    } else if (reading.outcome !== "UNKNOWN" && previousBullet && !introducesList) {
      previousBullet.outcome = combineOutcomes([previousBullet.outcome, reading.outcome]);
      previousBullet.outcomeText = reading.cueText;
    } else if (reading.outcome !== "UNKNOWN") {
      items.push(draft(text, reading, placed));
    }
    previousBullet = null;
  });
  if (group) items.push(flushGroup(group, opts));
  return items;
}

export function parseStatus(parts: readonly PartOutline[]): ParsedStatusItem[] {
  return parts
    .flatMap((part) => parseStatusPart(part).map((d) => ({ ...d, year: part.year ?? 0, ordinal: 0 })))
    .map((item, i) => ({ ...item, ordinal: i + 1 }));
}
