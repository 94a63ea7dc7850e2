/**
 * Says where a search hit matched: the indexed field with the most matching words, and a
 * short window of it as parts, each plain text and marked as a match or not (`snippetParts`).
 * The deprecated `snippet` string is the same window as HTML: <mark> around each match and
 * everything else escaped.
 *
 * The index stems Danish words (strategi, strategier, strategien), which TypeScript cannot
 * reproduce exactly; a word counts as a match when it equals a search word or the two share
 * all but the last two letters of the shorter one (at least three letters).
 */
import { FULLTEXT_PROPERTIES } from "../../../graph/schema.js";

const WORD = /[\p{L}\p{N}]+/gu;
const BEFORE = 60;
const LENGTH = 200;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

export function searchTerms(text: string): string[] {
  return [...new Set((text.normalize("NFC").toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 2))];
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

export function wordMatches(word: string, term: string): boolean {
  const w = word.toLowerCase();
  if (w === term) return true;
  return commonPrefix(w, term) >= Math.max(3, Math.min(w.length, term.length) - 2);
}

interface Hit {
  start: number;
  end: number;
}

function hitsIn(value: string, terms: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  for (const match of value.normalize("NFC").matchAll(WORD)) {
    if (terms.some((t) => wordMatches(match[0], t)))
      hits.push({ start: match.index, end: match.index + match[0].length });
  }
  return hits;
}

/** A piece of a snippet: plain text (never markup), and whether it is a word that matched. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/** The window around the first hit as parts; neighbouring unmatched text is joined into one part. */
function snippetWindow(value: string, hits: readonly Hit[]): SnippetPart[] {
  const first = hits[0]?.start ?? 0;
  let from = Math.max(0, first - BEFORE);
  if (from > 0) from = value.indexOf(" ", from) + 1 || from;
  let to = Math.min(value.length, from + LENGTH);
  if (to < value.length) to = value.lastIndexOf(" ", to) > first ? value.lastIndexOf(" ", to) : to;
  const parts: SnippetPart[] = [];
  const plain = (text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && !last.match) last.text += text;
    else parts.push({ text, match: false });
  };
  plain(from > 0 ? "…" : "");
  let at = from;
  for (const hit of hits) {
    if (hit.start < from || hit.end > to) continue;
    plain(value.slice(at, hit.start));
    parts.push({ text: value.slice(hit.start, hit.end), match: true });
    at = hit.end;
  }
  plain(value.slice(at, to));
  plain(to < value.length ? "…" : "");
  return parts;
}

/** The parts as the deprecated HTML string: matches in <mark>, all text escaped. */
export function snippetHtml(parts: readonly SnippetPart[]): string {
  return parts.map((p) => (p.match ? `<mark>${escapeHtml(p.text)}</mark>` : escapeHtml(p.text))).join("");
}

export interface HitDescription {
  field: string;
  snippetParts: SnippetPart[];
  /** @deprecated the same parts as HTML; kept for clients of the `snippet` field. */
  snippet: string;
}

/** The field that matched best and its snippet; the name when no word can be located. */
export function describeHit(node: Record<string, unknown>, text: string): HitDescription {
  const terms = searchTerms(text);
  let best: { field: string; value: string; hits: Hit[] } | null = null;
  for (const field of FULLTEXT_PROPERTIES) {
    const value = node[field];
    if (typeof value !== "string" || !value) continue;
    const hits = hitsIn(value.normalize("NFC"), terms);
    if (hits.length > (best?.hits.length ?? 0)) best = { field, value: value.normalize("NFC"), hits };
  }
  const field = best?.field === "aliasText" ? "aliases" : (best?.field ?? "name");
  const name = String(node.name ?? "");
  const snippetParts = best ? snippetWindow(best.value, best.hits) : name ? [{ text: name, match: false }] : [];
  return { field, snippetParts, snippet: snippetHtml(snippetParts) };
}
