/**
 * Stand-ins for the client modules the bench page imports, used only when those do not
 * bundle (the client is being changed): the same API, plain settings (label level of
 * detail via min-zoomed-font-size, fcose draft quality above 1200 nodes).
 */
import cytoscape, { type ElementDefinition, type LayoutOptions, type StylesheetStyle } from "cytoscape";
import fcose from "cytoscape-fcose";

let registered = false;
export function getCytoscape(): typeof cytoscape {
  if (!registered) cytoscape.use(fcose);
  registered = true;
  return cytoscape;
}

export function supportsWebgl2(): boolean {
  return document.createElement("canvas").getContext("webgl2") !== null;
}

export function departmentColors(departments: readonly { id: string }[]): Map<string, string> {
  const palette = ["#2563eb", "#ea580c", "#16a34a", "#9333ea", "#db2777", "#0891b2"];
  return new Map(departments.map((d, i) => [d.id, palette[i % palette.length]!]));
}

export function graphStyle(): StylesheetStyle[] {
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        label: "data(label)",
        "font-size": 11,
        "min-zoomed-font-size": 7,
        width: 24,
        height: 24,
      },
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "curve-style": "bezier",
        "target-arrow-shape": "triangle",
        "line-color": "#a3acb9",
        "target-arrow-color": "#a3acb9",
      },
    },
  ];
}

export function layoutOptions(_name: string, nodeCount: number): LayoutOptions {
  return {
    name: "fcose",
    quality: nodeCount > 1200 ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: true,
    numIter: nodeCount > 1200 ? 1000 : 2500,
  } as LayoutOptions;
}

export function toElements(
  graph: {
    nodes: readonly { id: string; name: string; kind: string; departmentId?: string | null; label: string }[];
    edges: readonly { id: string; source: string; target: string; type: string }[];
  },
  colors: ReadonlyMap<string, string>,
): { elements: ElementDefinition[]; dangling: string[] } {
  const ids = new Set(graph.nodes.map((n) => n.id));
  const nodes = graph.nodes.map((n) => ({
    group: "nodes" as const,
    data: { id: n.id, label: n.label || n.name, color: colors.get(n.departmentId ?? n.id) ?? "#64748b" },
  }));
  const edges = graph.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target))
    .map((e) => ({ group: "edges" as const, data: { id: e.id, source: e.source, target: e.target } }));
  return { elements: [...nodes, ...edges], dangling: [] };
}
