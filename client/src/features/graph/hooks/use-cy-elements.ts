import type { Core, ElementDefinition, Layouts } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import type { LayoutName } from "../../../lib/url-state";
import { diffElements, elementSignature } from "../lib/element-diff";
import { layoutOptions } from "../lib/layout-options";

/**
 * Patches the instance to `elements` by id inside one batch, and re-runs the layout only when
 * the element set (or the chosen layout) changes. Returns a version that bumps after each patch.
 */
export function useCyElements(cy: Core | null, elements: readonly ElementDefinition[], layout: LayoutName): number {
  const applied = useRef(new Map<string, string>());
  const lastLayout = useRef<LayoutName | null>(null);
  const running = useRef<Layouts | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!cy) return;
    const diff = diffElements(applied.current, elements);
    const patched = diff.add.length + diff.remove.length + diff.update.length > 0;
    if (patched) {
      cy.batch(() => {
        for (const id of diff.remove) cy.getElementById(id).remove();
        const readd: ElementDefinition[] = [];
        for (const el of diff.update) {
          const ele = cy.getElementById(String(el.data.id));
          const moved = ele.isEdge() && (ele.data("source") !== el.data.source || ele.data("target") !== el.data.target);
          if (moved) {
            ele.remove();
            readd.push(el);
          } else {
            ele.data(el.data);
            ele.classes(typeof el.classes === "string" ? el.classes : (el.classes ?? []).join(" "));
          }
        }
        cy.add([...diff.add, ...readd]);
      });
      applied.current = new Map(elements.map((el) => [String(el.data.id), elementSignature(el)]));
    }
    if (diff.setChanged || lastLayout.current !== layout) {
      lastLayout.current = layout;
      running.current?.stop();
      const container = cy.container();
      const runs = Number(container?.dataset.layoutRuns ?? "0") + 1;
      if (container) {
        container.dataset.layoutRuns = String(runs);
        container.dataset.layoutState = "running";
      }
      const run = cy.layout(layoutOptions(layout, cy.nodes().length, cy.edges().length));
      run.one("layoutstop", () => {
        if (layout === "dagre") readHierarchyFromTheTop(cy);
        if (container) container.dataset.layoutState = "done";
      });
      running.current = run;
      run.run();
    }
    if (patched) setVersion((v) => v + 1);
  }, [cy, elements, layout]);

  return version;
}

const READABLE = 0.7;

/**
 * A whole plan as a hierarchy is far taller than wide; fitted, nothing can be read. Start at
 * a readable zoom at the top-left (the roots) instead, and let the user pan down or press "fit".
 */
function readHierarchyFromTheTop(cy: Core): void {
  if (cy.zoom() >= READABLE * 0.75) return;
  const box = cy.elements().boundingBox({});
  cy.viewport({ zoom: READABLE, pan: { x: 30 - box.x1 * READABLE, y: 30 - box.y1 * READABLE } });
}
