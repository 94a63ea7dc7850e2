import type { RelationType } from "../../../lib/vocabulary";
import { RELATION_TYPES } from "../../../lib/vocabulary";
import { endOf, isSymmetric } from "../../../lib/relation-text";

interface EdgeEnds {
  type: RelationType;
  from: { id: string };
  to: { id: string };
}

export interface EdgeGroup<E> {
  type: RelationType;
  /** Which end of these edges the node itself is: "from" reads with the verb, "to" with the inverse. */
  end: "from" | "to";
  edges: E[];
}

/**
 * A node's edges grouped by how they read from the node (relation type, and which end the node
 * is; a symmetric edge reads the same from both ends, so it counts as "from"), in the legend's
 * order, the node's own end first. Empty groups left out.
 */
export function groupEdgesByReading<E extends EdgeEnds>(edges: readonly E[], nodeId: string): EdgeGroup<E>[] {
  return RELATION_TYPES.flatMap((type) =>
    (["from", "to"] as const).map((end) => ({
      type,
      end,
      edges: edges.filter((e) => e.type === type && readingEnd(e, nodeId) === end),
    })),
  ).filter((g) => g.edges.length > 0);
}

function readingEnd(edge: EdgeEnds, nodeId: string): "from" | "to" {
  return isSymmetric(edge.type) ? "from" : endOf(edge, nodeId);
}
