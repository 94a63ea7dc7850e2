import type { Core } from "cytoscape";
import { useEffect } from "react";

const READABLE_ZOOM = 0.8;

/**
 * Selects the node with `id` and brings it into view (centred, readable zoom) unless it is
 * already fully visible at a readable zoom.
 */
export function useCyFocus(cy: Core | null, id: string | null, version: number): void {
  useEffect(() => {
    if (!cy) return;
    const node = id ? cy.getElementById(id) : cy.collection();
    cy.batch(() => {
      cy.$(":selected").difference(node).unselect();
      if (node.nonempty()) node.select();
    });
    if (node.empty() || !node.isNode()) return;
    const box = node.renderedBoundingBox({});
    const visible = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (visible && cy.zoom() >= READABLE_ZOOM) return;
    cy.stop(true, true);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 350 });
  }, [cy, id, version]);
}
