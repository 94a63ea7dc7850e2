import type { Core } from "cytoscape";
import { useEffect, useRef } from "react";
import type { Highlight } from "../lib/highlight-classes";

const READABLE_ZOOM = 0.8;
const MAX_FIT_ZOOM = 1.4;

/**
 * Marks the node with `id` as selected (class `selected`; the URL owns the selection, so
 * Cytoscape's own selection state is switched off) and brings it into view: with a highlight
 * (impact, path) the whole highlighted part is fitted; otherwise the node is centred at a
 * readable zoom when it becomes the selection (a search pick, a click, a link in a panel), and
 * later only if it is not fully visible at one. `keepView`: a permalink's own viewport wins
 * over centring the selection it opens with.
 */
export function useCyFocus(
  cy: Core | null,
  id: string | null,
  highlight: Highlight | null,
  version: number,
  keepView = false,
): void {
  const centred = useRef<string | null>(null);
  const skipOnce = useRef(keepView);
  useEffect(() => {
    if (!cy) return;
    const node = id ? cy.getElementById(id) : cy.collection();
    cy.batch(() => {
      cy.$(".selected").difference(node).removeClass("selected");
      node.addClass("selected");
    });
    const lit = highlight ? cy.$(".hl-root, .hl-node").union(node) : cy.collection();
    if (lit.length > 1) {
      cy.stop(true, true);
      const before = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.fit(lit, 60);
      if (cy.zoom() > MAX_FIT_ZOOM)
        cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      const target = { zoom: cy.zoom(), pan: { ...cy.pan() } };
      cy.viewport(before);
      cy.animate(target, { duration: 350 });
      return;
    }
    if (node.empty() || !node.isNode()) return;
    const fresh = centred.current !== id;
    centred.current = id;
    const skip = skipOnce.current;
    skipOnce.current = false;
    if (fresh && !skip) {
      cy.stop(true, true);
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), READABLE_ZOOM) }, { duration: 300 });
      return;
    }
    const box = node.renderedBoundingBox({});
    const visible = box.x1 >= 0 && box.y1 >= 0 && box.x2 <= cy.width() && box.y2 <= cy.height();
    if (visible && cy.zoom() >= READABLE_ZOOM) return;
    cy.stop(true, true);
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 350 });
  }, [cy, id, highlight, version]);
}
