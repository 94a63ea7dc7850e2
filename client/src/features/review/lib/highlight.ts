export interface QuotePart {
  text: string;
  mark: boolean;
}

/**
 * The quote cut into parts, with every occurrence of a term marked (case-insensitive,
 * longest term first where two overlap). Terms not found leave the quote unmarked.
 */
export function highlightParts(quote: string, terms: readonly (string | null | undefined)[]): QuotePart[] {
  const lower = quote.toLocaleLowerCase("da");
  const wanted = [...new Set(terms.map((t) => (t ?? "").trim()).filter((t) => t.length > 1))].sort(
    (a, b) => b.length - a.length,
  );
  const marked = new Array<boolean>(quote.length).fill(false);
  for (const term of wanted) {
    const needle = term.toLocaleLowerCase("da");
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      if (marked.slice(at, at + needle.length).some(Boolean)) continue;
      marked.fill(true, at, at + needle.length);
    }
  }
  const parts: QuotePart[] = [];
  for (let i = 0; i < quote.length; i++) {
    const last = parts[parts.length - 1];
    if (last && last.mark === marked[i]) last.text += quote[i];
    else parts.push({ text: quote[i] ?? "", mark: marked[i] ?? false });
  }
  return parts;
}

/** What to mark in a suggestion's quote: its label, or for a link the names of its two ends. */
export function suggestionTerms(s: {
  label: string;
  fromLabel?: string | null;
  toLabel?: string | null;
  from?: { name: string } | null;
  to?: { name: string } | null;
}): string[] {
  const ends = [s.fromLabel, s.toLabel, s.to?.name].filter((x): x is string => Boolean(x)).flatMap(endTerms);
  return s.label.includes("→") ? ends : [s.label, ...ends];
}

/** "Digitaliseringsenheden A. Ny GIS-platform" names a goal: its title is what the quote says. */
function endTerms(label: string): string[] {
  const goal = /^(?:.*?\s)?[A-ZÆØÅ][.)]\s+(.+)$/u.exec(label);
  return goal?.[1] ? [label, goal[1]] : [label];
}
