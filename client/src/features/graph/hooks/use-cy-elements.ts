import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { GraphViewport } from "../../../lib/url-state";
import { diffElements, elementSignature } from "../lib/element-diff";
import type { Positions } from "../lib/seeded-layout";

/** A small picture is not blown up beyond this when fitted. */
const MAX_FIT_ZOOM = 1.5;

/** On a phone-sized canvas a fitted picture is not shrunk below this: readable labels, pan for the rest. */
const MIN_NARROW_ZOOM = 0.6;
const NARROW = 600;

/** Fits the drawn graph, without blowing a small one up or shrinking it unreadably on a phone. */
export function fitGraph(cy: Core, padding = 30): void {
  cy.fit(cy.elements(), padding);
  const centre = { x: cy.width() / 2, y: cy.height() / 2 };
  if (cy.zoom() > MAX_FIT_ZOOM) cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: centre });
  else if (cy.width() < NARROW && cy.zoom() < MIN_NARROW_ZOOM)
    cy.zoom({ level: MIN_NARROW_ZOOM, renderedPosition: centre });
}

export function applyViewport(cy: Core, viewport: GraphViewport): void {
  cy.viewport({
    zoom: viewport.zoom,
    pan: { x: cy.width() / 2 - viewport.x * viewport.zoom, y: cy.height() / 2 - viewport.y * viewport.zoom },
  });
}

/**
 * Patches the instance to `elements` by id inside one batch and puts every node where
 * `positions` says (a seeded layout: the same on every load). Nodes that stay keep their
 * places; a new `layoutKey` (another scope or layout) fits the picture afresh, or restores
 * the permalink's `viewport` on the first drawing. Returns a version that bumps after each patch.
 */
export function useCyElements(
  cy: Core | null,
  elements: readonly ElementDefinition[],
  positions: Positions,
  layoutKey: string,
  viewport: GraphViewport | null,
): number {
  const applied = useRef(new Map<string, string>());
  const lastKey = useRef<string | null>(null);
  const drawnOnce = useRef(false);
  const initialViewport = useRef(viewport);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!cy) return;
    const diff = diffElements(applied.current, elements);
    const patched = diff.add.length + diff.remove.length + diff.update.length > 0;
    if (patched) {
      cy.batch(() => {
        for (const id of diff.remove) cy.getElementById(id).remove();
        // New nodes first (parents before children), so that a node moving into a new group finds it.
        const newNodes = diff.add
          .filter((el) => el.group === "nodes")
          .sort((a, b) => (a.data.parent ? 1 : 0) - (b.data.parent ? 1 : 0));
        cy.add(newNodes);
        const readd: ElementDefinition[] = [];
        for (const el of diff.update) {
          const ele = cy.getElementById(String(el.data.id));
          const moved =
            ele.isEdge() && (ele.data("source") !== el.data.source || ele.data("target") !== el.data.target);
          if (moved) {
            ele.remove();
            readd.push(el);
            continue;
          }
          if (ele.isNode() && (ele.data("parent") ?? null) !== (el.data.parent ?? null))
            ele.move({ parent: (el.data.parent as string | undefined) ?? null });
          ele.data(el.data);
          ele.classes(typeof el.classes === "string" ? el.classes : (el.classes ?? []).join(" "));
        }
        cy.add([...diff.add.filter((el) => el.group !== "nodes"), ...readd]);
      });
      applied.current = new Map(elements.map((el) => [String(el.data.id), elementSignature(el)]));
    }
    const fresh = lastKey.current !== layoutKey;
    if (diff.setChanged || fresh) {
      lastKey.current = layoutKey;
      const container = cy.container();
      const runs = Number(container?.dataset.layoutRuns ?? "0") + 1;
      if (container) {
        container.dataset.layoutRuns = String(runs);
        container.dataset.layoutState = "running";
      }
      cy.batch(() => {
        cy.nodes().forEach((n) => {
          if (n.isParent()) return;
          const p = positions.get(n.id());
          if (p) n.position({ ...p });
        });
      });
      if (fresh) {
        cy.stop(true, true);
        if (!drawnOnce.current && initialViewport.current) applyViewport(cy, initialViewport.current);
        else fitGraph(cy);
      }
      drawnOnce.current = true;
      if (container) container.dataset.layoutState = "done";
    }
    if (patched) setVersion((v) => v + 1);
  }, [cy, elements, positions, layoutKey]);

  return version;
}
