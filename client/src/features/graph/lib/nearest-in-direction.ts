/** Keyboard moves in the graph: which node an arrow key leads to. */

export type Direction = "left" | "right" | "up" | "down";

export interface Placed {
  id: string;
  x: number;
  y: number;
}

const UNIT: Record<Direction, { x: number; y: number }> = {
  right: { x: 1, y: 0 },
  left: { x: -1, y: 0 },
  down: { x: 0, y: 1 },
  up: { x: 0, y: -1 },
};

/**
 * The node an arrow key moves to from `from`: among the nodes that lie within 60° of the
 * arrow's direction, the one nearest along it, with sideways distance counting double (so
 * "right" prefers the node straight to the right over a nearer one far above). Null when
 * nothing lies that way.
 */
export function nearestInDirection(from: Placed, candidates: readonly Placed[], direction: Direction): string | null {
  const unit = UNIT[direction];
  let best: { id: string; cost: number } | null = null;
  for (const c of candidates) {
    if (c.id === from.id) continue;
    const dx = c.x - from.x;
    const dy = c.y - from.y;
    const along = dx * unit.x + dy * unit.y;
    const across = Math.abs(dx * unit.y - dy * unit.x);
    // within 60° of the direction: tan(60°) ≈ 1.732
    if (along <= 0 || across > along * 1.732) continue;
    const cost = along + 2 * across;
    if (!best || cost < best.cost || (cost === best.cost && c.id < best.id)) best = { id: c.id, cost };
  }
  return best?.id ?? null;
}

/** The node nearest to a point (where keyboard focus starts when nothing is selected). */
export function nearestTo(point: { x: number; y: number }, candidates: readonly Placed[]): string | null {
  let best: { id: string; d: number } | null = null;
  for (const c of candidates) {
    const d = (c.x - point.x) ** 2 + (c.y - point.y) ** 2;
    if (!best || d < best.d) best = { id: c.id, d };
  }
  return best?.id ?? null;
}

export const ARROW_KEYS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};
