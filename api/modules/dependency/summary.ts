/** One readable sentence per edge, so that an answer says why without a second look-up. */
import { RELATIONS } from "../../../graph/relations.js";
import type { StoredEdge, StoredNode } from "../../../graph/repositories/records.js";

const label = (node: StoredNode) =>
  node.kind === "Department" || !node.owningDepartmentName
    ? `"${node.name}"`
    : `"${node.name}" (${node.owningDepartmentName})`;

export function summarise(edge: Pick<StoredEdge, "type" | "from" | "to" | "evidence" | "inferred" | "reason">): string {
  const head = `${label(edge.from)} ${RELATIONS[edge.type].en.verb} ${label(edge.to)}`;
  if (edge.evidence) return `${head}: «${edge.evidence}»`;
  return edge.inferred ? `${head} (inferred${edge.reason ? `: ${edge.reason}` : ""})` : head;
}
