import type { StylesheetStyle } from "cytoscape";

type StylesheetJson = StylesheetStyle[];
import { KIND_STYLES } from "../../../lib/kind-style";
import { RELATION_STYLES } from "../../../lib/relation-style";
import { NODE_KINDS, RELATION_TYPES } from "../../../lib/vocabulary";
import { classToken } from "./to-elements";

const INK = "#1f2933";

/** The graph's look. Labels stay legible at zoom 1 and drop out below ~7px (level of detail). */
export function graphStyle(): StylesheetJson {
  const kinds: StylesheetJson = NODE_KINDS.map((kind) => {
    const k = KIND_STYLES[kind];
    return {
      selector: `node.kind-${classToken(kind)}`,
      style: { shape: k.shape as never, width: k.size, height: k.size },
    };
  });
  const relations: StylesheetJson = RELATION_TYPES.map((type) => {
    const r = RELATION_STYLES[type];
    return {
      selector: `edge.rel-${classToken(type)}`,
      style: {
        "line-color": r.color,
        "target-arrow-color": r.color,
        "target-arrow-shape": r.arrow,
        "source-arrow-color": r.color,
        "source-arrow-shape": r.bothHeads ? r.arrow : "none",
        width: r.width,
        "line-style": r.line,
      },
    };
  });
  return [
    {
      selector: "node",
      style: {
        "background-color": "data(color)",
        label: "data(label)",
        color: INK,
        "font-family": "system-ui, -apple-system, Segoe UI, Roboto, sans-serif",
        "font-size": 11,
        "text-valign": "bottom",
        "text-halign": "center",
        "text-margin-y": 4,
        "text-wrap": "wrap",
        "text-max-width": "120px",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.8,
        "text-background-padding": "1px",
        "text-background-shape": "roundrectangle",
        "min-zoomed-font-size": 6,
        "border-width": 1.5,
        "border-color": "#ffffff",
      },
    },
    ...kinds,
    // Level of detail: the bigger the kind, the bigger its label, so that an overview shows
    // departments first, then goals and systems, and initiatives only when zoomed in.
    { selector: "node.kind-plan", style: { "font-size": 16, "font-weight": "bold", "text-max-width": "180px" } },
    { selector: "node.kind-department", style: { "font-size": 20, "font-weight": "bold", "text-max-width": "220px" } },
    { selector: "node.kind-goal", style: { "font-size": 14, "font-weight": "bold", "text-max-width": "140px" } },
    { selector: "node.kind-system", style: { "font-size": 14, "font-weight": "bold", "text-max-width": "140px" } },
    { selector: "node.kind-initiative", style: { "font-size": 12, "text-max-width": "130px" } },
    { selector: "node.kind-status-item", style: { "font-size": 9 } },
    {
      // Departments as compound groups in the overview: a tinted box, the name on top.
      selector: "node.dept-group",
      style: {
        shape: "round-rectangle",
        "background-color": "data(color)",
        "background-opacity": 0.07,
        "border-color": "data(color)",
        "border-width": 2,
        "border-opacity": 0.6,
        label: "data(label)",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -4,
        "font-size": 15,
        "font-weight": "bold",
        "text-max-width": "260px",
        "text-background-opacity": 0,
        padding: "22px",
        "min-zoomed-font-size": 0,
      } as never,
    },
    {
      selector: "edge",
      style: {
        width: 1.4,
        "curve-style": "bezier",
        "line-color": "#a3acb9",
        "target-arrow-color": "#a3acb9",
        "target-arrow-shape": "triangle",
        "arrow-scale": 0.9,
        opacity: 0.85,
      },
    },
    ...relations,
    { selector: "edge.inferred", style: { "line-style": "dashed", "line-dash-pattern": [6, 4] } },
    { selector: "edge.cross", style: { opacity: 1, "z-index": 5 } },
    { selector: ".faded", style: { opacity: 0.14, "text-opacity": 0 } },
    { selector: "edge.faded", style: { opacity: 0.07 } },
    { selector: "node.hl-node", style: { "border-width": 4, "border-color": "#dc2626", "z-index": 20 } },
    { selector: "node.hl-root", style: { "border-width": 6, "border-color": "#111827", "z-index": 30 } },
    { selector: "edge.hl-edge", style: { opacity: 1, width: 4, "z-index": 20 } },
    {
      // Keyboard focus: a ring that differs from the selection's in colour and place
      // (Cytoscape has node outlines since 3.28; @types/cytoscape does not list them yet).
      selector: "node.kb-focus",
      style: {
        "outline-width": 6,
        "outline-color": "#1d4ed8",
        "outline-offset": 4,
        "outline-opacity": 1,
        "z-index": 50,
      } as never,
    },
    {
      selector: "node.selected",
      style: {
        "border-width": 5,
        "border-color": "#f59e0b",
        "overlay-color": "#f59e0b",
        "overlay-opacity": 0.12,
        "overlay-padding": 6,
        "z-index": 40,
      },
    },
  ];
}
