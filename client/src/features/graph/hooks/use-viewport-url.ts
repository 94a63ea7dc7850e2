import type { Core } from "cytoscape";
import { useEffect } from "react";
import type { GraphViewport } from "../../../lib/url-state";

const SETTLE_MS = 400;

export function readViewport(cy: Core): GraphViewport {
  const zoom = cy.zoom();
  const pan = cy.pan();
  return {
    zoom: +zoom.toFixed(3),
    x: Math.round((cy.width() / 2 - pan.x) / zoom),
    y: Math.round((cy.height() / 2 - pan.y) / zoom),
  };
}

/**
 * Writes zoom and centre into the URL (replacing the history entry) once the reader has
 * panned or zoomed and the view has settled, so that a permalink opens the same picture.
 * Only the reader's own gestures count: the app's own fitting and centring do not.
 */
export function useViewportUrl(cy: Core | null, onChange: (viewport: GraphViewport) => void): void {
  useEffect(() => {
    if (!cy) return;
    const container = cy.container();
    // The view as it was when the reader's gesture began; written only if the gesture changed it.
    let before: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (before === null || cy.destroyed()) return;
        const now = readViewport(cy);
        const changed = JSON.stringify(now) !== before;
        before = null;
        if (changed) onChange(now);
      }, SETTLE_MS);
    };
    const mark = (event: Event) => {
      if (!container || !(event.target instanceof Node) || !container.contains(event.target)) return;
      if (before === null) before = JSON.stringify(readViewport(cy));
      schedule();
    };
    const settle = () => {
      if (before !== null) schedule();
    };
    // On the window, capturing: Cytoscape's own listeners move the view before the event reaches the container.
    const events = ["wheel", "pointerdown", "touchstart", "keydown"] as const;
    for (const type of events) window.addEventListener(type, mark, { passive: true, capture: true });
    cy.on("viewport", settle);
    return () => {
      clearTimeout(timer);
      for (const type of events) window.removeEventListener(type, mark, { capture: true });
      cy.off("viewport", settle);
    };
  }, [cy, onChange]);
}
