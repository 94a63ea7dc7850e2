/**
 * A department's part 1: vision, main tasks, resources, head count and salary budget.
 * Head count and budget are read from the resources text with phrasing rules, most
 * explicit first ("i alt 45 ansatte" beats "20 kvinder og 5 mænd").
 */
import { blockText } from "./blocks.js";
import type { FieldName } from "./headings.js";
import type { Placed } from "./outline.js";

export interface Profile {
  vision: string;
  mainTasks: string[];
  resources: string;
  staff: number | null;
  salaryBudget: string | null;
}

const STAFF_RULES: readonly RegExp[] = [
  /\bi alt (\d+) (?:ansatte|medarbejdere|personer|årsværk)/i,
  /\b(?:er )?ansat (\d+) (?:personer|medarbejdere)/i,
  /\b(\d+) (?:fastansatte|faste medarbejdere)/i,
  /\b(\d+) (?:medarbejdere|ansatte|personer)\b/i,
];

export function staffCount(text: string): number | null {
  for (const rule of STAFF_RULES) {
    const m = rule.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

const BUDGET = /(?:ca\.\s*)?\d+(?:[.,]\d+)?\s*mio\.\s*kr\./i;

/** The salary budget as written, from the sentence that speaks of a lønbudget/lønsum. */
export function salaryBudget(text: string): string | null {
  const sentence = text.split(/(?<=\.)\s+(?=\p{Lu})/u).find((s) => /løn(budget|sum)/i.test(s) && BUDGET.test(s));
  return sentence ? (BUDGET.exec(sentence)?.[0] ?? null) : null;
}

export function parseProfile(blocks: readonly Placed[]): Profile {
  const fields = new Map<FieldName | "none", Array<{ kind: string; text: string }>>();
  let field: FieldName | "none" = "none";
  for (const { block, meaning } of blocks) {
    if (block.kind === "heading") {
      field = meaning?.kind === "field" ? meaning.field : "none";
      continue;
    }
    const list = fields.get(field) ?? [];
    list.push({ kind: block.kind, text: blockText(block) });
    fields.set(field, list);
  }
  const texts = (f: FieldName) => (fields.get(f) ?? []).map((b) => b.text).filter((t) => t !== "");
  const tasks = fields.get("tasks") ?? [];
  const bullets = tasks.filter((b) => b.kind === "bullet").map((b) => b.text);
  const resources = texts("resources").join("\n");
  return {
    vision: texts("vision").join("\n"),
    // A task list is its bullets; prose only when the plan gives no list.
    mainTasks: bullets.length > 0 ? bullets : texts("tasks"),
    resources,
    staff: staffCount(resources),
    salaryBudget: salaryBudget(resources),
  };
}
