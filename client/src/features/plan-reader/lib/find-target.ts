import { findQuote, type QuoteHit } from "./find-quote";

interface SectionText {
  anchor: string;
  blocks: readonly { text: string }[];
}

export interface ReaderTarget {
  anchor: string;
  hit: QuoteHit | null;
}

/**
 * The passage to show: the quote (`q`) in the anchored section, else in any section (an
 * anchor that no longer matches still finds the words); without a quote, the anchored section.
 */
export function findTarget(
  sections: readonly SectionText[],
  anchor: string | null,
  quote: string | null,
): ReaderTarget | null {
  const anchored = anchor ? sections.find((s) => s.anchor === anchor) : undefined;
  if (quote) {
    for (const s of anchored ? [anchored, ...sections] : sections) {
      const hit = findQuote(
        s.blocks.map((b) => b.text),
        quote,
      );
      if (hit) return { anchor: s.anchor, hit };
    }
  }
  return anchored ? { anchor: anchored.anchor, hit: null } : null;
}
