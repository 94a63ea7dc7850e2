/** Where a quote lies in a section's blocks: a block and a character range of its text. */
export interface QuoteHit {
  block: number;
  start: number;
  end: number;
}

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * Finds a quote in blocks of text: whitespace-insensitive, then case-insensitive. A quote
 * that runs over several blocks is found by its longest leading part that lies in one
 * (at least 20 characters); null when nothing of it is there.
 */
export function findQuote(blocks: readonly string[], quote: string): QuoteHit | null {
  const wanted = squash(quote);
  if (!wanted) return null;
  const texts = blocks.map(squash);
  for (
    let length = wanted.length;
    length >= Math.min(20, wanted.length);
    length = length > 40 ? Math.floor(length * 0.7) : length - 10
  ) {
    const part = wanted.slice(0, length);
    for (const fold of [false, true]) {
      for (let i = 0; i < texts.length; i++) {
        const text = fold ? texts[i]!.toLocaleLowerCase("da") : texts[i]!;
        const at = text.indexOf(fold ? part.toLocaleLowerCase("da") : part);
        if (at >= 0) return { block: i, start: at, end: at + part.length };
      }
    }
  }
  return null;
}

/** True when two quotes name the same passage (whitespace and case aside, or one inside the other). */
export function sameQuote(a: string, b: string): boolean {
  const x = squash(a).toLocaleLowerCase("da");
  const y = squash(b).toLocaleLowerCase("da");
  return x === y || (x.length >= 20 && y.includes(x)) || (y.length >= 20 && x.includes(y));
}

export { squash };
