/**
 * Cuts the drawable graph down to what a filter asks for, with a size cap that is reported,
 * never silent: totals count what matched before the cap.
 */
import { DEPENDENCY_TYPES } from "../../model.js";
import { isCrossDepartment, type DependencyBasis } from "../records.js";
import { graphLabel, type LabelInput } from "./graph-label.js";
import { compareNumeric, compareText } from "./collation.js";

export interface ViewNodeRow extends LabelInput {
  id: string;
  departmentId: string | null;
}

export interface ViewEdgeRow {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: string;
  section: string;
  inferred: boolean;
}

export interface ViewFilter {
  /** Keep nodes owned by these departments and what they link to; null: every node. */
  departments: readonly string[] | null;
  crossDepartmentOnly: boolean;
  /** With crossDepartmentOnly: the bases of the cross-department edges kept (default STATED and VIA_SYSTEM). */
  include?: readonly DependencyBasis[];
  /** Most nodes, and most edges, returned. */
  limit: number;
}

export interface ViewNode {
  id: string;
  name: string;
  kind: string;
  departmentId: string | null;
  label: string;
}

export type ViewEdge = ViewEdgeRow & { crossDepartment: boolean; basis: DependencyBasis };

const CARRIES_SLIP = new Set<string>(DEPENDENCY_TYPES);

export interface GraphViewRecord {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
  truncatedReason: string | null;
  totalNodes: number;
  totalEdges: number;
}

/** Kinds in the order a cut keeps them: owners and their goals before what they use. */
const KIND_ORDER = [
  "Plan",
  "Department",
  "Goal",
  "Initiative",
  "System",
  "Milestone",
  "Organisation",
  "Theme",
  "StatusItem",
];
const rank = (kind: string) => (KIND_ORDER.includes(kind) ? KIND_ORDER.indexOf(kind) : KIND_ORDER.length);

/**
 * `window`: the rows are the first nodes by id of `total` that matched (every plan at once);
 * the answer then says that the rest was not read.
 */
export function filterGraphView(
  nodeRows: readonly ViewNodeRow[],
  edgeRows: readonly ViewEdgeRow[],
  filter: ViewFilter,
  window?: { total: number },
): GraphViewRecord {
  const byId = new Map(nodeRows.map((n) => [n.id, n]));
  let edges: ViewEdge[] = edgeRows
    .filter((e) => byId.has(e.source) && byId.has(e.target))
    // The owners come with the nodes (once each), not with both ends of every edge.
    .map((e) => {
      const [a, b] = [byId.get(e.source)!, byId.get(e.target)!];
      const basis: DependencyBasis = e.inferred
        ? "INFERRED"
        : a.kind === "System" || b.kind === "System"
          ? "VIA_SYSTEM"
          : "STATED";
      return {
        ...e,
        basis,
        crossDepartment: CARRIES_SLIP.has(e.type) && isCrossDepartment(a.departmentId, b.departmentId),
      };
    });
  if (filter.crossDepartmentOnly) {
    const include = new Set(filter.include ?? ["STATED", "VIA_SYSTEM"]);
    edges = edges.filter((e) => e.crossDepartment && include.has(e.basis));
  }

  let keep: Set<string>;
  if (filter.departments) {
    const wanted = new Set(filter.departments);
    const owned = (id: string) => wanted.has(byId.get(id)!.departmentId ?? "");
    // What a department's nodes link to: systems, organisations, milestones, themes (not the plan itself).
    const linkable = (id: string) =>
      owned(id) || filter.crossDepartmentOnly || (!byId.get(id)!.departmentId && byId.get(id)!.kind !== "Plan");
    keep = new Set(nodeRows.filter((n) => owned(n.id)).map((n) => n.id));
    edges = edges.filter((e) => (owned(e.source) && linkable(e.target)) || (owned(e.target) && linkable(e.source)));
    for (const e of edges) keep.add(e.source).add(e.target);
  } else {
    keep = new Set(byId.keys());
  }
  if (filter.crossDepartmentOnly) keep = new Set(edges.flatMap((e) => [e.source, e.target]));

  const nodes = [...keep]
    .map((id) => byId.get(id)!)
    .sort((a, b) => rank(a.kind) - rank(b.kind) || compareNumeric(a.id, b.id));
  const shown = nodes.slice(0, filter.limit);
  const shownIds = new Set(shown.map((n) => n.id));
  const linking = edges
    .filter((e) => shownIds.has(e.source) && shownIds.has(e.target))
    .sort((a, b) => compareText(a.id, b.id));
  const shownEdges = linking.slice(0, filter.limit);

  const reasons: string[] = [];
  const unread = window ? window.total - nodeRows.length : 0;
  if (unread > 0) {
    reasons.push(
      `all plans at once: read the first ${nodeRows.length} of ${window!.total} nodes by id; choose a plan (filter.planId) to see one whole`,
    );
  }
  if (shown.length < nodes.length)
    reasons.push(
      `cut off at ${filter.limit} of ${nodes.length} nodes; ${edges.length - linking.length} edges to nodes left out are not shown`,
    );
  if (shownEdges.length < linking.length) reasons.push(`cut off at ${filter.limit} of ${linking.length} edges`);
  return {
    nodes: shown.map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      departmentId: n.departmentId,
      label: graphLabel(n),
    })),
    edges: shownEdges,
    truncated: reasons.length > 0,
    truncatedReason: reasons.length ? reasons.join("; ") : null,
    // Unfiltered, the nodes not read count too; behind a filter only what was read is known.
    totalNodes: unread > 0 && !filter.crossDepartmentOnly ? window!.total : nodes.length,
    totalEdges: edges.length,
  };
}
