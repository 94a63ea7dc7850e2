/**
 * What a well-formed PlanGraph looks like, as graph/model.ts describes it: known kinds and
 * relationship types, the endpoint kinds each relationship allows (relations.ts), ids unique and prefixed
 * by the plan, edges between nodes of the graph, one edge per (from, type, to), evidence and
 * section on every edge that is not inferred. Returns the problems found (empty = valid).
 */
import { NODE_KINDS, REL_TYPES, type NodeKind, type PlanGraph } from "../model.js";
import { relation } from "../relations.js";
import { edgeKey } from "../stored.js";

export function planGraphProblems(graph: PlanGraph): string[] {
  const problems: string[] = [];
  const kinds = new Map<string, NodeKind>();
  for (const node of graph.nodes) {
    if (!NODE_KINDS.includes(node.kind)) problems.push(`node ${node.id}: unknown kind ${node.kind}`);
    if (kinds.has(node.id)) problems.push(`node ${node.id}: duplicate id`);
    if (node.planId !== graph.planId) problems.push(`node ${node.id}: planId ${node.planId} is not ${graph.planId}`);
    if (!node.id.startsWith(graph.planId)) problems.push(`node ${node.id}: id does not start with the plan id`);
    if (!node.name || !node.source) problems.push(`node ${node.id}: empty name or source`);
    kinds.set(node.id, node.kind);
  }
  if (graph.nodes.filter((n) => n.kind === "Plan").length !== 1) problems.push("expected exactly one Plan node");
  const keys = new Set<string>();
  for (const edge of graph.edges) {
    const label = `${edge.from} -${edge.type}-> ${edge.to}`;
    if (!REL_TYPES.includes(edge.type)) problems.push(`${label}: unknown type`);
    const from = kinds.get(edge.from);
    const to = kinds.get(edge.to);
    if (!from || !to) {
      problems.push(`${label}: end not in the graph`);
      continue;
    }
    const allowed = relation(edge.type);
    if (!allowed.from.includes(from) || !allowed.to.includes(to))
      problems.push(`${label}: ${from} -> ${to} not allowed`);
    const key = edgeKey(edge);
    if (keys.has(key)) problems.push(`${label}: duplicate edge`);
    keys.add(key);
    if (!edge.section) problems.push(`${label}: no section`);
    if (!edge.evidence && edge.origin !== "structure") problems.push(`${label}: no evidence`);
    if (edge.inferred && !edge.reason) problems.push(`${label}: inferred without a reason`);
  }
  return problems;
}
