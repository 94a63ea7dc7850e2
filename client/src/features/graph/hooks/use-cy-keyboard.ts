import type { Core, NodeSingular } from "cytoscape";
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { ARROW_KEYS, nearestInDirection, nearestTo, type Placed } from "../lib/nearest-in-direction";

const FOCUS_CLASS = "kb-focus";
const ZOOM_STEP = 1.25;

/** What the keyboard focus is on, for the screen-reader announcement. */
export interface KeyboardFocus {
  id: string;
  label: string;
  kind: string;
  links: number;
}

/**
 * Keyboard use of the graph: the canvas takes focus (Tab), the arrow keys move a visible
 * focus ring to the nearest node in that direction (the view follows), Enter or Space opens
 * the node as a click would, + / - zoom, 0 fits the whole graph, Escape leaves the node.
 */
export function useCyKeyboard(cy: Core | null, selectedId: string | null, onSelect: (id: string) => void) {
  const [focus, setFocus] = useState<KeyboardFocus | null>(null);
  const focusId = useRef<string | null>(null);

  const place = useCallback(
    (id: string | null) => {
      if (!cy) return;
      cy.$(`.${FOCUS_CLASS}`).removeClass(FOCUS_CLASS);
      focusId.current = id;
      const node = id ? cy.getElementById(id) : null;
      if (!node || node.empty() || node.isParent()) {
        setFocus(null);
        return;
      }
      node.addClass(FOCUS_CLASS);
      const focused = node.id();
      const box = node.renderedBoundingBox({});
      if (box.x1 < 0 || box.y1 < 0 || box.x2 > cy.width() || box.y2 > cy.height()) {
        cy.stop(true, true);
        cy.animate({ center: { eles: node } }, { duration: 200 });
      }
      setFocus({
        id: focused,
        label: String(node.data("label") ?? node.data("name") ?? focused),
        kind: String(node.data("kind") ?? ""),
        links: node.degree(false),
      });
    },
    [cy],
  );

  // A node that leaves the graph (filters) takes the focus ring with it.
  useEffect(() => {
    if (!cy) return;
    const dropped = (event: { target: NodeSingular }) => {
      if (event.target.id() === focusId.current) place(null);
    };
    cy.on("remove", "node", dropped);
    return () => {
      cy.off("remove", "node", dropped);
    };
  }, [cy, place]);

  const visibleNodes = useCallback((): Placed[] => {
    if (!cy) return [];
    return cy
      .nodes(":visible:childless")
      .filter((n) => n.data("kind") !== "GROUP")
      .nodes()
      .map((n) => ({ id: n.id(), ...n.renderedPosition() }));
  }, [cy]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (!cy) return;
      const direction = ARROW_KEYS[event.key];
      if (direction) {
        event.preventDefault();
        const nodes = visibleNodes();
        const current = nodes.find((n) => n.id === (focusId.current ?? selectedId));
        const next = current
          ? nearestInDirection(current, nodes, direction)
          : nearestTo({ x: cy.width() / 2, y: cy.height() / 2 }, nodes);
        if (next) place(next);
        else if (current && !focusId.current) place(current.id);
        return;
      }
      if ((event.key === "Enter" || event.key === " ") && focusId.current) {
        event.preventDefault();
        onSelect(focusId.current);
      } else if (event.key === "Escape") {
        place(null);
      } else if (event.key === "+" || event.key === "=" || event.key === "-") {
        event.preventDefault();
        const factor = event.key === "-" ? 1 / ZOOM_STEP : ZOOM_STEP;
        cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
      } else if (event.key === "0") {
        event.preventDefault();
        cy.fit(undefined, 30);
      }
    },
    [cy, place, visibleNodes, selectedId, onSelect],
  );

  return { focus, onKeyDown };
}
