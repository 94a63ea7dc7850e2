/**
 * Builds a Lucene query for the full-text index from what a person typed. Every character
 * Lucene treats as syntax is escaped, so `OPUS (2)` or `a:b"` search for those words instead
 * of failing; the words are analysed by the index's Danish analyzer (lower-casing, stop
 * words, stemming), and words of three or more letters also match as prefixes.
 */

const SYNTAX = /[+\-&|!(){}[\]^"~*?:\\/]/g;
/** Upper-case operators of the classic query parser. */
const OPERATORS = new Set(["AND", "OR", "NOT", "TO"]);
const PREFIXABLE = /^[\p{L}\p{N}]{3,}$/u;

export const escapeLucene = (word: string) => word.replace(SYNTAX, "\\$&");

/** The words of a search text, as typed (whitespace-separated). */
export const searchWords = (text: string) => text.normalize("NFC").trim().split(/\s+/u).filter(Boolean);

export function toLuceneQuery(text: string): string {
  const words = searchWords(text);
  const clauses: string[] = [];
  if (words.length > 1) {
    // The whole text as a phrase first: rank passages that say exactly this higher.
    clauses.push(`"${words.join(" ").replace(/["\\]/g, "\\$&")}"^2`);
  }
  for (const word of words) {
    const safe = escapeLucene(OPERATORS.has(word) ? word.toLowerCase() : word);
    clauses.push(safe);
    if (PREFIXABLE.test(word)) clauses.push(`${safe.toLowerCase()}*`);
  }
  return clauses.join(" ");
}
