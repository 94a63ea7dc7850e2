/**
 * Finding an evidence passage in the plan. Both sides are normalised the same way as the
 * parser's stored text (whitespace collapsed, emphasis and line prefixes stripped,
 * page-break hyphenation re-joined), and a passage copied with the split still in it
 * ("li- steudtræk") is found too. A match also yields the plan line it starts on.
 */
import { foldPunctuation, joinLines, normaliseInline, stripEmphasis, stripLinePrefix } from "../parser/text.js";

export interface EvidenceIndex {
  contains(evidence: string): boolean;
  /** 1-based plan line where the passage starts, or null when it is not in the plan. */
  locate(evidence: string): number | null;
  /** Every plan line where the passage starts (a short passage may occur several times). */
  locateAll(evidence: string, opts?: { ignoreCase?: boolean }): number[];
}

interface Flat {
  text: string;
  /** Output offset at which each contributing line starts, with its 1-based line number. */
  starts: Array<{ offset: number; line: number }>;
}

function flatten(lines: readonly string[], dehyphenate: boolean): Flat {
  const starts: Flat["starts"] = [];
  const prefixed = lines.map(stripLinePrefix);
  if (dehyphenate) {
    const text = joinLines(prefixed, { onLine: (i, offset) => starts.push({ offset, line: i + 1 }) });
    return { text: foldPunctuation(text), starts };
  }
  let text = "";
  prefixed.forEach((raw, i) => {
    const line = stripEmphasis(raw).replace(/\s+/g, " ").trim();
    if (line === "") return;
    if (text !== "") text += " ";
    starts.push({ offset: text.length, line: i + 1 });
    text += line;
  });
  return { text: foldPunctuation(text), starts };
}

function lineAt(flat: Flat, offset: number): number {
  let line = 1;
  for (const s of flat.starts) {
    if (s.offset > offset) break;
    line = s.line;
  }
  return line;
}

/** The evidence as typed, and with a "<letters>- <lower case>" split re-joined. */
function variants(evidence: string): string[] {
  const plain = foldPunctuation(normaliseInline(evidence));
  const joined = plain.replace(/(\p{L}{2,})- (?!(?:og|eller|samt)\b)(\p{Ll})/gu, "$1$2");
  return joined === plain ? [plain] : [plain, joined];
}

export function createEvidenceIndex(planText: string): EvidenceIndex {
  const lines = planText.split(/\r?\n/);
  const flats = [flatten(lines, true), flatten(lines, false)];
  // Names are looked up regardless of case ("Revisionen" is written "revisionen").
  const lowered = flats.map((f) => ({ ...f, text: f.text.toLowerCase() }));
  const locateAll = (evidence: string, opts: { ignoreCase?: boolean } = {}): number[] => {
    for (const variant of variants(evidence)) {
      const candidate = opts.ignoreCase ? variant.toLowerCase() : variant;
      if (candidate === "") return [];
      for (const flat of opts.ignoreCase ? lowered : flats) {
        const found = new Set<number>();
        for (let at = flat.text.indexOf(candidate); at >= 0; at = flat.text.indexOf(candidate, at + 1)) {
          found.add(lineAt(flat, at));
        }
        if (found.size > 0) return [...found];
      }
    }
    return [];
  };
  return {
    locateAll,
    locate: (evidence) => locateAll(evidence)[0] ?? null,
    contains: (evidence) => locateAll(evidence).length > 0,
  };
}

let cached: { planText: string; index: EvidenceIndex } | null = null;

/** True when `evidence` is a passage of the plan (see the module comment for "is"). */
export function evidenceIsInPlan(planText: string, evidence: string): boolean {
  if (cached?.planText !== planText) cached = { planText, index: createEvidenceIndex(planText) };
  return cached.index.contains(evidence);
}
