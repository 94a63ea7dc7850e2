/**
 * Similarity of two short Danish texts, 0-1: the Dice coefficient of their letter bigrams
 * (case, punctuation and spacing ignored). Robust to inflection and word order, which is
 * how a goal's title changes from one year to the next ("Digitaliseringsstrategi" ->
 * "Strategi for digital forvaltning").
 */
function bigrams(text: string): Map<string, number> {
  const plain = text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  const out = new Map<string, number>();
  for (const word of plain.split(" ")) {
    const w = ` ${word} `;
    for (let i = 0; i < w.length - 1; i += 1) {
      const g = w.slice(i, i + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
  }
  return out;
}

export function similarity(a: string, b: string): number {
  if (a.trim() === "" && b.trim() === "") return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let both = 0;
  let total = 0;
  for (const [g, n] of x) {
    both += Math.min(n, y.get(g) ?? 0);
    total += n;
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * both) / total;
}
