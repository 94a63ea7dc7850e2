/**
 * Client bench data: PlanGraphs turned into the API's GraphView shape (what `graph(filter)`
 * returns and the client's toElements reads), cut to an exact element count.
 */
import type { PlanGraph, PlanGraphNode } from "../../../graph/model.js";
import { edgeKey } from "../../../graph/stored.js";

export interface ViewNode {
  id: string;
  name: string;
  kind: string;
  departmentId: string | null;
  label: string;
}
export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  evidence: string;
  section: string;
  inferred: boolean;
  crossDepartment: boolean;
}
export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  departments: { id: string; name: string }[];
}

const kindEnum = (kind: string) => kind.replace(/([a-z])([A-Z])/g, "$1_$2").toUpperCase();

function departmentOf(node: PlanGraphNode, goals: Map<string, string>): string | null {
  if (node.kind === "Department") return node.id;
  if (node.kind === "Goal" || node.kind === "StatusItem") return node.departmentId;
  if (node.kind === "Initiative") return goals.get(node.goalId) ?? null;
  return null;
}

/** Nodes plan by plan, each with its edges to nodes already taken, until `elements` is reached (0 = everything). */
export function toGraphView(plans: readonly PlanGraph[], elements = 0): GraphView {
  const view: GraphView = { nodes: [], edges: [], departments: [] };
  const dept = new Map<string, string | null>();
  for (const plan of plans) {
    const goals = new Map<string, string>();
    for (const n of plan.nodes) if (n.kind === "Goal") goals.set(n.id, n.departmentId);
    const outgoing = new Map<string, PlanGraph["edges"]>();
    const incoming = new Map<string, PlanGraph["edges"]>();
    for (const e of plan.edges) {
      (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e);
      (incoming.get(e.to) ?? incoming.set(e.to, []).get(e.to)!).push(e);
    }
    for (const n of plan.nodes) {
      if (elements && view.nodes.length + view.edges.length >= elements) return view;
      const departmentId = departmentOf(n, goals);
      dept.set(n.id, departmentId);
      if (n.kind === "Department") view.departments.push({ id: n.id, name: n.name });
      const label =
        n.kind === "Goal" ? `${n.letter}. ${n.title}` : n.name.length > 40 ? `${n.name.slice(0, 38)}…` : n.name;
      view.nodes.push({
        id: n.id,
        name: n.name,
        kind: kindEnum(n.kind),
        departmentId: n.kind === "Department" ? null : departmentId,
        label,
      });
      for (const e of [...(outgoing.get(n.id) ?? []), ...(incoming.get(n.id) ?? [])]) {
        const other = e.from === n.id ? e.to : e.from;
        if (other !== n.id && !dept.has(other)) continue;
        if (elements && view.nodes.length + view.edges.length >= elements) return view;
        const a = dept.get(e.from) ?? null;
        const b = dept.get(e.to) ?? null;
        view.edges.push({
          id: edgeKey(e),
          source: e.from,
          target: e.to,
          type: e.type,
          evidence: e.evidence,
          section: e.section,
          inferred: e.inferred,
          crossDepartment: a !== null && b !== null && a !== b,
        });
      }
    }
  }
  return view;
}
