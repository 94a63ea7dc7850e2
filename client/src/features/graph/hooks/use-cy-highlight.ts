import type { Core } from "cytoscape";
import { useEffect } from "react";
import { highlightClasses, type Highlight } from "../lib/highlight-classes";

const HIGHLIGHT_CLASSES = "hl-root hl-node hl-edge faded";

/** Applies impact/path highlight classes; re-applied after every element patch. */
export function useCyHighlight(cy: Core | null, highlight: Highlight | null, version: number): void {
  useEffect(() => {
    if (!cy) return;
    const plan = highlightClasses(
      cy.elements().map((e) => e.id()),
      highlight,
    );
    cy.batch(() => {
      cy.elements().removeClass(HIGHLIGHT_CLASSES);
      for (const [id, classes] of plan) {
        if (classes.length) cy.getElementById(id).addClass(classes.join(" "));
      }
    });
  }, [cy, highlight, version]);
}
