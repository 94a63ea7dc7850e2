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
 *   "følgende" ("Der er udpeget følgende prioriterede opgaver:"). It states no action.
 */
import { blockText } from "./blocks.js";
import type { FieldName } from "./headings.js";
import type { PartOutline, Placed } from "./outline.js";
import { splitSentences } from "./text.js";
import type { ParsedGoal, ParsedInitiative } from "./types.js";

export function isListAnnouncement(text: string): boolean {
  return splitSentences(text).length === 1 && /:$/.test(text) && /følgende/i.test(text);
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
    out.push({ ordinal: out.length + 1, text, line: block.line, section });
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
            goal: { letter: meaning.letter, title: meaning.title, heading: block.text, line: block.line, section: placed.section },
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
