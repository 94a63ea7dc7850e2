import type { Core, ElementDefinition } from "cytoscape";
import { useEffect, useRef, useState } from "react";
import { useT } from "../../../lib/i18n";
import { isNodeKind } from "../../../lib/vocabulary";
import type { GraphViewport } from "../../../lib/url-state";
import { useCyElements } from "../hooks/use-cy-elements";
import { useCyFocus } from "../hooks/use-cy-focus";
import { useCyHighlight } from "../hooks/use-cy-highlight";
import { useCyInstance } from "../hooks/use-cy-instance";
import { useCyKeyboard } from "../hooks/use-cy-keyboard";
import { useViewportUrl } from "../hooks/use-viewport-url";
import type { Highlight } from "../lib/highlight-classes";
import type { Positions } from "../lib/seeded-layout";
import { EdgePopover } from "./edge-popover";
import { GraphToolbar } from "./graph-toolbar";
import { NodeTooltip } from "./node-tooltip";

interface Props {
  elements: readonly ElementDefinition[];
  positions: Positions;
  layoutKey: string;
  viewport: GraphViewport | null;
  nodeCount: number;
  edgeCount: number;
  selectedId: string | null;
  highlight: Highlight | null;
  webgl: boolean;
  big: boolean;
  exportName: string;
  exportFilter: unknown;
  departments: ReadonlyMap<string, string>;
  onSelect: (id: string | null) => void;
  /** A click, tap or Enter on a node: select it and show its neighbours. */
  onActivate: (id: string) => void;
  onViewport: (viewport: GraphViewport) => void;
}

/** The Cytoscape canvas: one instance, patched by id; thin on purpose. */
export function GraphCanvas(props: Props) {
  const {
    elements,
    positions,
    layoutKey,
    viewport,
    selectedId,
    highlight,
    webgl,
    big,
    exportName,
    exportFilter,
    departments,
    onSelect,
    onActivate,
  } = props;
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const [hoverId, setHoverId] = useState<string | null>(null);
  const cy = useCyInstance(
    container,
    { webgl, big },
    {
      onNode: (id) => {
        setEdgeId(null);
        onActivate(id);
      },
      onEdge: (id) => setEdgeId(id),
      onBackground: () => setEdgeId(null),
      onHover: setHoverId,
    },
  );
  const version = useCyElements(cy, elements, positions, layoutKey, viewport);
  useCyHighlight(cy, highlight, version);
  const [restoring] = useState(viewport !== null);
  useCyFocus(cy, selectedId, highlight, version, restoring);
  useViewportUrl(cy, props.onViewport);
  const keyboard = useCyKeyboard(cy, selectedId, onActivate);
  const tipId = hoverId ?? keyboard.focus?.id ?? null;
  useTooltipFollowsViewport(cy);

  return (
    <div className="graph-canvas-wrap">
      <GraphToolbar cy={cy} elements={elements} exportName={exportName} exportFilter={exportFilter} />
      <div className="graph-stage">
        <div
          ref={container}
          className="graph-canvas"
          data-testid="graph-canvas"
          data-renderer={webgl ? "webgl" : "canvas"}
          tabIndex={0}
          role="application"
          aria-roledescription={t("graph.roleDescription")}
          aria-label={t("graph.canvasLabel", { nodes: props.nodeCount, edges: props.edgeCount })}
          aria-describedby={tipId ? "graph-node-tooltip" : undefined}
          onKeyDown={keyboard.onKeyDown}
        />
        {cy && tipId && <NodeTooltip cy={cy} id={tipId} departments={departments} />}
      </div>
      <div className="visually-hidden" aria-live="polite" data-testid="graph-keyboard-focus">
        {keyboard.focus &&
          t("graph.keyboardFocus", {
            label: keyboard.focus.label,
            kind: isNodeKind(keyboard.focus.kind) ? t(`kind.${keyboard.focus.kind}`) : keyboard.focus.kind,
            links: keyboard.focus.links,
          })}
      </div>
      {cy && edgeId && <EdgePopover cy={cy} edgeId={edgeId} onOpen={onSelect} onClose={() => setEdgeId(null)} />}
    </div>
  );
}

/** The tooltip is placed from the node's rendered position: redraw it when the view moves. */
function useTooltipFollowsViewport(cy: Core | null): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!cy) return;
    let frame = 0;
    const bump = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setTick((n) => n + 1));
    };
    cy.on("viewport", bump);
    return () => {
      cancelAnimationFrame(frame);
      cy.off("viewport", bump);
    };
  }, [cy]);
}
