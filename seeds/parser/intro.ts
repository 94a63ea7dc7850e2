/**
 * The forvaltning's introduction and its cross-cutting themes. A theme list is a bullet
 * list introduced by a paragraph that names a year and "fokus på" and ends in ":"
 * ("... har i 2008 haft særlig fokus på følgende tværgående emner:",
 *  "I 2009 vil ... sætte fokus på følgende tværgående emner:").
 */
import { blockText } from "./blocks.js";
import type { Placed } from "./outline.js";
import type { ParsedTheme } from "./types.js";

const THEME_LEAD = /fokus på.*:$/i;

/** "Styring, herunder OPUS, ..." -> "Styring"; the head of the bullet before its elaboration. */
export function themeName(text: string): string {
  const head = text.split(/ – | - |, |\. /)[0] ?? text;
  return head.replace(/[.:]$/, "").trim();
}

export function parseThemes(blocks: readonly Placed[]): ParsedTheme[] {
  const themes: ParsedTheme[] = [];
  let year: number | null = null;
  let ordinal = 0;
  for (const { block, section } of blocks) {
    if (block.kind === "heading") {
      year = null;
      continue;
    }
    const text = blockText(block);
    if (block.kind === "paragraph") {
      const lead = THEME_LEAD.test(text) ? /\b(\d{4})\b/.exec(text) : null;
      year = lead ? Number(lead[1]) : null;
      ordinal = 0;
      continue;
    }
    if (year === null || block.depth > 0) continue;
    ordinal += 1;
    themes.push({ year, ordinal, name: themeName(text), text, line: block.line, section });
  }
  return themes;
}

/** The introduction as written: paragraphs and bullets, one per line. */
export function introText(blocks: readonly Placed[]): string {
  return blocks
    .flatMap(({ block }) => {
      if (block.kind === "heading") return [];
      const text = blockText(block);
      return text === "" ? [] : [block.kind === "bullet" ? `- ${text}` : text];
    })
    .join("\n");
}
