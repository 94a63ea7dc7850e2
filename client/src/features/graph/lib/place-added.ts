import type { Point, Positions } from "./seeded-layout";

const RING = 12;
const RADIUS = 160;
const CLEARANCE = 60;

/**
 * Places nodes that join an already drawn picture (expanded neighbours, a selection from
 * outside the overview) without moving anything else: around the node they were expanded
 * from (or a placed neighbour), on rings, clear of what is there. Pure and in order, so a
 * permalink with the same expansions gives the same picture.
 */
export function placeAdded(
  placed: Positions,
  added: readonly { id: string; anchor: string | null }[],
  edges: readonly { source: string; target: string }[],
): Map<string, Point> {
  const out = new Map(placed);
  const perAnchor = new Map<string, number>();
  const neighbours = (id: string) =>
    edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : []));
  const free = (p: Point) => [...out.values()].every((q) => Math.hypot(q.x - p.x, q.y - p.y) >= CLEARANCE);
  let loose = 0;
  for (const { id, anchor } of added) {
    if (out.has(id)) continue;
    const from = [anchor, ...neighbours(id).sort()].find((n): n is string => n !== null && out.has(n));
    if (!from) {
      const xs = [...out.values()];
      const minX = xs.length ? Math.min(...xs.map((p) => p.x)) : 0;
      const maxY = xs.length ? Math.max(...xs.map((p) => p.y)) : 0;
      out.set(id, { x: minX + loose * 150, y: maxY + 150 });
      loose++;
      continue;
    }
    const centre = out.get(from)!;
    let k = perAnchor.get(from) ?? 0;
    let spot: Point | null = null;
    for (let tries = 0; tries < RING * 4 && !spot; tries++, k++) {
      const ring = Math.floor(k / RING);
      const angle = -Math.PI / 2 + ((k % RING) + ring * 0.5) * ((2 * Math.PI) / RING);
      const p = {
        x: Math.round(centre.x + Math.cos(angle) * RADIUS * (1 + ring * 0.6)),
        y: Math.round(centre.y + Math.sin(angle) * RADIUS * (1 + ring * 0.6)),
      };
      if (free(p)) spot = p;
    }
    perAnchor.set(from, k);
    out.set(id, spot ?? { x: centre.x + RADIUS, y: centre.y + (k % RING) * 20 });
  }
  return out;
}
