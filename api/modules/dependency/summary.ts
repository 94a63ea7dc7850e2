/** One readable sentence per edge, so that an answer says why without a second look-up. */
import type { RelType } from "../../../graph/model.js";
import type { StoredEdge, StoredNode } from "../../../graph/repositories/records.js";

const VERBS: Record<RelType, string> = {
  HAS_DEPARTMENT: "has the department",
  HAS_THEME: "has the theme",
  HAS_STATUS: "reports the status",
  OWNS: "owns",
  HAS_INITIATIVE: "needs its initiative",
  DEPENDS_ON: "depends on",
  USES: "uses",
  PART_OF: "is part of",
  REPLACES: "replaces",
  INVOLVES: "involves",
  HAS_MILESTONE: "is tied to the milestone",
  ADVANCES: "advances",
};

const label = (node: StoredNode) =>
  node.kind === "Department" || !node.owningDepartmentName ? `"${node.name}"` : `"${node.name}" (${node.owningDepartmentName})`;

export function summarise(edge: Pick<StoredEdge, "type" | "from" | "to" | "evidence" | "inferred" | "reason">): string {
  const head = `${label(edge.from)} ${VERBS[edge.type]} ${label(edge.to)}`;
  if (edge.evidence) return `${head}: «${edge.evidence}»`;
  return edge.inferred ? `${head} (inferred${edge.reason ? `: ${edge.reason}` : ""})` : head;
}
