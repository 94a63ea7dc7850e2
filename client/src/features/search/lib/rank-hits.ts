const fold = (text: string) => text.normalize("NFC").toLocaleLowerCase("da").trim();

/**
 * Puts a node whose name is exactly what was typed first, then names that start with it, then
 * the server's full-text order (stable). Someone typing "OPUS" wants the system OPUS on top,
 * even when long texts that mention OPUS many times score higher.
 */
export function rankHits<H extends { node: { name: string } }>(hits: readonly H[], text: string): H[] {
  const q = fold(text);
  const rank = (h: H) => {
    const name = fold(h.node.name);
    if (name === q) return 0;
    if (name.startsWith(q)) return 1;
    return 2;
  };
  return hits
    .map((hit, i) => ({ hit, i, r: rank(hit) }))
    .sort((a, b) => a.r - b.r || a.i - b.i)
    .map((x) => x.hit);
}
