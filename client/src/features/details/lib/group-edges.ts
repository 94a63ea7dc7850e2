import type { RelationType } from "../../../lib/vocabulary";
import { RELATION_TYPES } from "../../../lib/vocabulary";

/** Edges grouped by relation type, in the legend's order; empty groups left out. */
export function groupEdgesByType<E extends { type: RelationType }>(edges: readonly E[]): { type: RelationType; edges: E[] }[] {
  return RELATION_TYPES.map((type) => ({ type, edges: edges.filter((e) => e.type === type) })).filter((g) => g.edges.length > 0);
}
