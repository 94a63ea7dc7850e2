/**
 * The HTML mammoth writes for a Word document -> the Markdown the plan parser reads.
 * mammoth's output is a small, regular subset (h1-h6, p, ul/ol/li, strong, em, a, br,
 * table), so a tag walk is enough: headings keep their level as "#"s, list items become
 * "- " bullets (nested by two spaces), bold stays "**", a line break inside a paragraph
 * stays a line break (the parser re-joins page-break hyphenation across it), and a table's
 * cells become paragraphs.
 */
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

const TAG = /<(\/?)([a-z0-9]+)[^>]*?(\/?)>|([^<]+)/giu;

/** Inline content -> Markdown: bold and italics kept, links reduced to their text. */
function inline(html: string): string {
  let out = "";
  for (const m of html.matchAll(TAG)) {
    const [, , name = "", , text] = m;
    if (text !== undefined) out += decode(text);
    else if (/^(strong|b)$/iu.test(name)) out += "**";
    else if (/^(em|i)$/iu.test(name)) out += "*";
    else if (/^br$/iu.test(name)) out += "\n";
  }
  // Bold around nothing but spaces ("** **") is Word noise.
  return out.replace(/\*\*(\s*)\*\*/gu, "$1");
}

const BLOCK = /<(h[1-6]|p|li|ul|ol|td|th)\b[^>]*>|<\/(h[1-6]|p|li|ul|ol|td|th)>/giu;

export function htmlToMarkdown(html: string): string {
  const lines: string[] = [];
  let depth = -1;
  let open: { tag: string; start: number } | null = null;
  const emit = (tag: string, body: string) => {
    const text = inline(body)
      .replace(/[ \t]+\n/gu, "\n")
      .trim();
    if (text === "") return;
    if (/^h[1-6]$/iu.test(tag)) lines.push("", `${"#".repeat(Number(tag.slice(1)))} ${text.replace(/\n+/gu, " ")}`, "");
    else if (/^li$/iu.test(tag)) lines.push(`${"  ".repeat(Math.max(depth, 0))}- ${text.replace(/\n/gu, "\n  ")}`);
    else lines.push("", text, "");
  };
  for (const m of html.matchAll(BLOCK)) {
    const tag = (m[1] ?? m[2] ?? "").toLowerCase();
    const closing = m[2] !== undefined;
    const at = m.index ?? 0;
    if (tag === "ul" || tag === "ol") {
      if (open) emit(open.tag, html.slice(open.start, at));
      open = null;
      depth += closing ? -1 : 1;
      if (closing && depth < 0) lines.push("");
      continue;
    }
    if (!closing) {
      // A list item's own text ends where a nested list starts.
      if (open) emit(open.tag, html.slice(open.start, at));
      open = { tag, start: at + m[0].length };
    } else if (open) {
      emit(open.tag, html.slice(open.start, at));
      open = null;
    }
  }
  return `${lines
    .join("\n")
    .replace(/\n{3,}/gu, "\n\n")
    .trim()}\n`;
}
