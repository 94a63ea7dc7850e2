import type { Core } from "cytoscape";
import type { NodeKind } from "../../../lib/vocabulary";
import type { GraphSnapshot } from "./svg-export";

/** Reads what is drawn (model positions and computed styles) for the SVG export. */
export function cySnapshot(cy: Core): GraphSnapshot {
  return {
    nodes: cy
      .nodes(":visible:childless")
      .filter((n) => n.data("kind") !== "GROUP")
      .nodes()
      .map((n) => ({
        id: n.id(),
        kind: n.data("kind") as NodeKind,
        x: n.position("x"),
        y: n.position("y"),
        width: n.width(),
        height: n.height(),
        color: String(n.data("color")),
        label: String(n.data("label") ?? ""),
        faded: n.hasClass("faded"),
        emphasis: n.hasClass("selected") || n.hasClass("hl-root") || n.hasClass("hl-node"),
      })),
    edges: cy.edges(":visible").map((e) => {
      const source = e.sourceEndpoint();
      const target = e.targetEndpoint();
      const control = e.controlPoints() ?? [];
      const middle = control.length ? control : (e.segmentPoints() ?? []);
      return {
        id: e.id(),
        points: [source, ...middle, target],
        curved: control.length === 1,
        color: String(e.style("line-color")),
        width: parseFloat(String(e.style("width"))) || 1,
        dashed: e.style("line-style") === "dashed",
        dotted: e.style("line-style") === "dotted",
        faded: e.hasClass("faded"),
        bothHeads: e.style("source-arrow-shape") !== "none",
      };
    }),
  };
}
