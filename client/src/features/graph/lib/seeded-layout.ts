import type { ElementDefinition } from "cytoscape";
import { getCytoscape } from "../../../lib/cytoscape";
import { KIND_STYLES } from "../../../lib/kind-style";
import { isNodeKind } from "../../../lib/vocabulary";
import type { LayoutName } from "../../../lib/url-state";
import { layoutOptions } from "./layout-options";
import { withSeededRandom } from "./seeded-random";

export interface Point {
  x: number;
  y: number;
}
export type Positions = ReadonlyMap<string, Point>;

export const LAYOUT_SEED = 2009;

/** The box a node takes with its label under it (a headless instance cannot measure text). */
export function layoutBox(kind: string, label: string): { w: number; h: number } {
  const size = isNodeKind(kind) ? KIND_STYLES[kind].size : 30;
  const font = kind === "INITIATIVE" || kind === "STATUS_ITEM" ? 10 : 13;
  const maxWidth = 140;
  const textWidth = label.length * font * 0.56;
  const lines = Math.max(1, Math.ceil(textWidth / maxWidth));
  const w = Math.max(size, Math.min(maxWidth, textWidth)) + 8;
  return { w, h: size + 2 * (lines * font * 1.25 + 6) };
}

/**
 * Positions for the elements, the same on every load for the same elements: the layout runs
 * in a headless instance with a seeded Math.random, on the elements sorted by id.
 */
export function seededLayout(
  elements: readonly ElementDefinition[],
  layout: LayoutName,
  seed = LAYOUT_SEED,
  overrides: Record<string, unknown> = {},
): Map<string, Point> {
  const sorted = [...elements].sort((a, b) =>
    a.group === b.group ? String(a.data.id).localeCompare(String(b.data.id)) : a.group === "nodes" ? -1 : 1,
  );
  const withBoxes = sorted.map((el) => {
    if (el.group !== "nodes") return { group: el.group, data: { ...el.data } };
    const box = layoutBox(String(el.data.kind ?? ""), String(el.data.label ?? ""));
    return { group: el.group, data: { ...el.data, lw: box.w, lh: box.h } };
  });
  const cy = getCytoscape()({
    headless: true,
    styleEnabled: true,
    elements: withBoxes as ElementDefinition[],
    style: [
      { selector: "node", style: { width: "data(lw)", height: "data(lh)", shape: "rectangle" } },
      { selector: ":parent", style: { padding: "24px" } },
    ],
  });
  try {
    const nodes = cy.nodes().length;
    const options = {
      ...layoutOptions(layout, nodes, cy.edges().length),
      nodeDimensionsIncludeLabels: false,
      fit: false,
      animate: false,
      ...overrides,
    };
    withSeededRandom(seed, () => cy.layout(options).run());
    const positions = new Map<string, Point>();
    cy.nodes().forEach((n) => {
      if (n.isParent()) return;
      const p = n.position();
      positions.set(n.id(), { x: Math.round(p.x), y: Math.round(p.y) });
    });
    return positions;
  } finally {
    cy.destroy();
  }
}
