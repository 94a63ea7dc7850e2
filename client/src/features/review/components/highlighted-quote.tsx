import { useMemo } from "react";
import { highlightParts } from "../lib/highlight";

/** The plan's sentence with the suggested name (or the link's ends) marked. */
export function HighlightedQuote({ quote, terms }: { quote: string; terms: readonly string[] }) {
  const parts = useMemo(() => highlightParts(quote, terms), [quote, terms]);
  return (
    <blockquote lang="da" className="review-quote">
      “{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}”
    </blockquote>
  );
}
