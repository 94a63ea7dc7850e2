/**
 * Finding a quote from the facts (edge evidence, a milestone's dateText) inside a passage,
 * with its position. The quote is normalised as seeds/facts/evidence.ts normalises
 * evidence, including its second reading with a copied page-break split re-joined
 * ("li- steudtræk" -> "listeudtræk"), so a quote that the validator finds in the plan is
 * found here in the same passage. Case is ignored, as evidence.ts does for names.
 */
import { foldPunctuation, normaliseInline } from "../parser/text.js";
import type { Span } from "./passages.js";

/** The quote as typed, and with a "<letters>- <lower case>" split re-joined (as evidence.ts). */
export function quoteVariants(quote: string): string[] {
  const plain = foldPunctuation(normaliseInline(quote));
  const joined = plain.replace(/(\p{L}{2,})- (?!(?:og|eller|samt)\b)(\p{Ll})/gu, "$1$2");
  return [...new Set([plain, joined])].filter((v) => v !== "");
}

export function findQuote(text: string, quote: string): Span[] {
  const haystack = text.toLowerCase();
  const spans: Span[] = [];
  for (const variant of quoteVariants(quote)) {
    const needle = variant.toLowerCase();
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1))
      spans.push({ index: at, length: needle.length });
  }
  return spans;
}

/** Lower case, whitespace collapsed, emphasis and typographic quotes folded: for comparing. */
export function comparable(text: string): string {
  return foldPunctuation(normaliseInline(text)).toLowerCase();
}
