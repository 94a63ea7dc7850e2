import type { ElementDefinition } from "cytoscape";
import { KIND_STYLES } from "../../../lib/kind-style";
import { shortLabel } from "./short-label";
import type { DependencyBasis } from "../../../gql/graphql";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";

export interface GraphNodeIn {
  id: string;
  name: string;
  kind: NodeKind;
  departmentId?: string | null;
  label: string;
}

export interface GraphEdgeIn {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidence: string;
  section: string;
  inferred: boolean;
  crossDepartment: boolean;
  /** What the edge rests on (STATED, VIA_SYSTEM, INFERRED). */
  basis?: DependencyBasis;
}

export interface ElementsResult {
  elements: ElementDefinition[];
  /** Edges whose end is not among the nodes; they cannot be drawn, and the page says so. */
  dangling: string[];
}

export const classToken = (value: string) => value.toLowerCase().replace(/_/g, "-");

/** API graph -> Cytoscape elements: colour by department, shape class by kind, edge classes by type, short readable labels. */
export function toElements(
  graph: { nodes: readonly GraphNodeIn[]; edges: readonly GraphEdgeIn[] },
  colors: ReadonlyMap<string, string>,
): ElementsResult {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes: ElementDefinition[] = graph.nodes.map((n) => {
    const departmentId = n.kind === "DEPARTMENT" ? n.id : (n.departmentId ?? null);
    const color = (departmentId && colors.get(departmentId)) || KIND_STYLES[n.kind].neutral;
    return {
      group: "nodes",
      data: { id: n.id, label: shortLabel(n), name: n.name, kind: n.kind, departmentId, color },
      classes: `kind-${classToken(n.kind)}`,
    };
  });
  const dangling: string[] = [];
  const edges: ElementDefinition[] = [];
  for (const e of graph.edges) {
    if (!ids.has(e.source) || !ids.has(e.target)) {
      dangling.push(e.id);
      continue;
    }
    const classes = [`rel-${classToken(e.type)}`];
    if (e.inferred) classes.push("inferred");
    if (e.crossDepartment) classes.push("cross");
    edges.push({
      group: "edges",
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        evidence: e.evidence,
        section: e.section,
        inferred: e.inferred,
        crossDepartment: e.crossDepartment,
        ...(e.basis ? { basis: e.basis } : {}),
      },
      classes: classes.join(" "),
    });
  }
  return { elements: [...nodes, ...edges], dangling };
}
