import type { ElementDefinition } from "cytoscape";
import { useRef, useState } from "react";
import { useT } from "../../../lib/i18n";
import { isNodeKind } from "../../../lib/vocabulary";
import type { LayoutName } from "../../../lib/url-state";
import { useCyElements } from "../hooks/use-cy-elements";
import { useCyFocus } from "../hooks/use-cy-focus";
import { useCyHighlight } from "../hooks/use-cy-highlight";
import { useCyInstance } from "../hooks/use-cy-instance";
import { useCyKeyboard } from "../hooks/use-cy-keyboard";
import type { Highlight } from "../lib/highlight-classes";
import { EdgePopover } from "./edge-popover";
import { GraphToolbar } from "./graph-toolbar";

interface Props {
  elements: readonly ElementDefinition[];
  layout: LayoutName;
  selectedId: string | null;
  highlight: Highlight | null;
  webgl: boolean;
  big: boolean;
  exportName: string;
  exportFilter: unknown;
  onSelect: (id: string | null) => void;
}

/** The Cytoscape canvas: one instance, patched by id; thin on purpose. */
export function GraphCanvas({ elements, layout, selectedId, highlight, webgl, big, exportName, exportFilter, onSelect }: Props) {
  const t = useT();
  const container = useRef<HTMLDivElement>(null);
  const [edgeId, setEdgeId] = useState<string | null>(null);
  const cy = useCyInstance(
    container,
    { webgl, big },
    {
      onNode: (id) => {
        setEdgeId(null);
        onSelect(id);
      },
      onEdge: (id) => setEdgeId(id),
      onBackground: () => setEdgeId(null),
    },
  );
  const version = useCyElements(cy, elements, layout);
  useCyHighlight(cy, highlight, version);
  useCyFocus(cy, selectedId, highlight, version);
  const keyboard = useCyKeyboard(cy, selectedId, onSelect);

  return (
    <div className="graph-canvas-wrap">
      <GraphToolbar cy={cy} elements={elements} exportName={exportName} exportFilter={exportFilter} />
      <div
        ref={container}
        className="graph-canvas"
        data-testid="graph-canvas"
        data-renderer={webgl ? "webgl" : "canvas"}
        tabIndex={0}
        role="application"
        aria-roledescription={t("graph.roleDescription")}
        aria-label={t("graph.canvasLabel", {
          nodes: elements.filter((e) => e.group === "nodes").length,
          edges: elements.filter((e) => e.group === "edges").length,
        })}
        onKeyDown={keyboard.onKeyDown}
      />
      <div className="visually-hidden" aria-live="polite" data-testid="graph-keyboard-focus">
        {keyboard.focus &&
          t("graph.keyboardFocus", { label: keyboard.focus.label, kind: isNodeKind(keyboard.focus.kind) ? t(`kind.${keyboard.focus.kind}`) : keyboard.focus.kind, links: keyboard.focus.links })}
      </div>
      {cy && edgeId && <EdgePopover cy={cy} edgeId={edgeId} onOpen={onSelect} onClose={() => setEdgeId(null)} />}
    </div>
  );
}
