/**
 * A plan saved as plain text -> Markdown. Plain text has no heading marks, so a line that
 * the parser's own heading vocabulary recognises (title, "<Afdeling>s virksomhedsplan
 * <år>", "2. Status på 2008", "A. Kommunikation", "Hovedmål") becomes a heading, and
 * bullet characters become "- " items. Everything else is left as written.
 */
import { classifyHeading } from "../parser/headings.js";

const BULLET = /^\s*[•·▪◦‣\-–*]\s+(.*)$/u;
const MAX_HEADING = 120;

function headingLevel(line: string, seenPlanTitle: boolean): number | null {
  if (line.length > MAX_HEADING) return null;
  const kind = classifyHeading(line).kind;
  if (kind === "plan") return seenPlanTitle ? 2 : 1;
  if (kind === "intro" || kind === "toc") return 2;
  if (kind === "profile" || kind === "status" || kind === "goals") return 3;
  if (kind === "lettered") return /[.!?]\s*\S/u.test(line.replace(/^[A-ZÆØÅ][.)]\s*/u, "")) ? null : 4;
  if (kind === "field") return 5;
  return null;
}

export function textToMarkdown(text: string): string {
  const out: string[] = [];
  let seenTitle = false;
  let inToc = false;
  for (const raw of text.replace(/\r\n?/gu, "\n").split("\n")) {
    const line = raw.replace(/\t/gu, " ").trimEnd();
    const trimmed = line.trim();
    if (trimmed === "") {
      out.push("");
      continue;
    }
    // The table of contents repeats every heading; its lines stay plain.
    if (/\.{4,}\s*\d*$/u.test(trimmed)) {
      out.push(trimmed);
      continue;
    }
    const level = inToc && classifyHeading(trimmed).kind !== "intro" ? null : headingLevel(trimmed, seenTitle);
    if (level !== null) {
      if (level === 1) seenTitle = true;
      inToc = classifyHeading(trimmed).kind === "toc";
      out.push("", `${"#".repeat(level)} ${trimmed}`, "");
      continue;
    }
    const bullet = BULLET.exec(line);
    out.push(bullet ? `- ${bullet[1]}` : line);
  }
  return `${out
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}
