/**
 * A department's lettered goals for the plan year. Under each goal the labels Hovedmål
 * (or Hovedformål), Strategi and Indsatsområde(r) switch the field that text goes to.
 *
 * Initiatives (indsatsområder), as decided for this product:
 * - every bullet is one initiative;
 * - every prose paragraph is one initiative, including a paragraph that leads into a
 *   bullet list: in this plan the lead-in usually carries the substance ("Opgaven
 *   indebærer undersøgelse af, hvorvidt ... at ændre den nuværende organisatoriske
 *   håndtering af" + the aspects as bullets), so it is kept whole, as written;
 * - except a lead-in that only announces the list: one sentence ending in ":" that says
 *   "følgende" ("Der er udpeget følgende prioriterede opgaver:"). It states no action;
 * - a prose paragraph that stands alone (no list follows) enumerates its actions as
 *   sentences, so each sentence is one initiative ("Udarbejdelse af kommunikationsstrategi
 *   ... Udarbejdelse/opstilling af tværgående kommunikationsnetværk ..." is two);
 * - but a sentence that only gives a date for what the sentence before it names ("Målet
 *   forventes at være nået inden 1. juli 2009.", "Modellen skal være beskrevet inden
 *   udgangen af 2009.") is no action of its own: it stays with that sentence, as written.
 *   It is short, opens on a definite noun pointing back ("Målet", "Modellen"), says
 *   skal / forventes / vil / bør, and names a year.
 */
import { blockText } from "./blocks.js";
import type { FieldName } from "./headings.js";
import type { PartOutline, Placed } from "./outline.js";
import { splitSentences } from "./text.js";
import type { ParsedGoal, ParsedInitiative } from "./types.js";

export function isListAnnouncement(text: string): boolean {
  return splitSentences(text).length === 1 && /:$/.test(text) && /følgende/i.test(text);
}

const POINTS_BACK = /^\p{Lu}\p{Ll}+(?:et|en)\s+(?:skal|forventes|vil|bør)(?![\p{L}\p{N}])/u;

/** A sentence that only says when the one before it is due: "Målet skal være nået i løbet af 2009." */
export function isDateOnlySentence(sentence: string): boolean {
  return (
    POINTS_BACK.test(sentence) &&
    /(?<![\p{L}\p{N}])\d{4}(?![\p{L}\p{N}])/u.test(sentence) &&
    sentence.split(/\s+/).length <= 12
  );
}

/** A stand-alone prose paragraph's actions: one per sentence, a date-only sentence kept with the one before. */
export function proseActions(text: string): string[] {
  const actions: string[] = [];
  for (const sentence of splitSentences(text)) {
    if (actions.length > 0 && isDateOnlySentence(sentence)) actions[actions.length - 1] += ` ${sentence}`;
    else actions.push(sentence);
  }
  return actions;
}

export function buildInitiatives(blocks: readonly Placed[]): ParsedInitiative[] {
  const out: ParsedInitiative[] = [];
  blocks.forEach((placed, index) => {
    const { block, section } = placed;
    if (block.kind === "heading") return;
    const text = blockText(block);
    if (text === "") return;
    const leadsList = block.kind === "paragraph" && blocks[index + 1]?.block.kind === "bullet";
    if (leadsList && isListAnnouncement(text)) return;
    const actions = block.kind === "paragraph" && !leadsList ? proseActions(text) : [text];
    for (const action of actions) out.push({ ordinal: out.length + 1, text: action, line: block.line, section });
  });
  return out;
}

type GoalField = Extract<FieldName, "mainGoal" | "strategy" | "initiatives">;

interface OpenGoal {
  goal: Omit<ParsedGoal, "mainGoal" | "strategy" | "initiatives">;
  fields: Record<GoalField, Placed[]>;
}

function close(open: OpenGoal): ParsedGoal {
  const prose = (f: GoalField) =>
    open.fields[f]
      .map(({ block }) => (block.kind === "heading" ? "" : blockText(block)))
      .filter((t) => t !== "")
      .join("\n");
  return {
    ...open.goal,
    mainGoal: prose("mainGoal"),
    strategy: prose("strategy"),
    initiatives: buildInitiatives(open.fields.initiatives),
  };
}

export function parseGoals(parts: readonly PartOutline[]): ParsedGoal[] {
  const goals: ParsedGoal[] = [];
  for (const part of parts) {
    let open: OpenGoal | null = null;
    let field: GoalField | null = null;
    for (const placed of part.blocks) {
      const { block, meaning } = placed;
      if (block.kind === "heading") {
        if (meaning?.kind === "lettered") {
          if (open) goals.push(close(open));
          open = {
            goal: {
              letter: meaning.letter,
              title: meaning.title,
              heading: block.text,
              line: block.line,
              section: placed.section,
            },
            fields: { mainGoal: [], strategy: [], initiatives: [] },
          };
          field = null;
        } else if (meaning?.kind === "field") {
          const f = meaning.field;
          field = f === "mainGoal" || f === "strategy" || f === "initiatives" ? f : null;
        }
        continue;
      }
      if (open && field) open.fields[field].push(placed);
    }
    if (open) goals.push(close(open));
  }
  return goals;
}
