import { useCallback, useMemo } from "react";
import { Empty, ErrorState, Loading, TruncatedNotice } from "../../../components/states";
import { hasHardwareWebgl2, supportsWebgl2 } from "../../../lib/cytoscape";
import { useT } from "../../../lib/i18n";
import { useViewState, type GraphViewport } from "../../../lib/url-state";
import { useDrawnGraph } from "../hooks/use-drawn-graph";
import type { Highlight } from "../lib/highlight-classes";
import { GraphCanvas } from "./graph-canvas";
import { ScopeBar } from "./scope-bar";

/** Elements above which the level-of-detail options (and, on "auto", WebGL) switch on. */
export const BIG_GRAPH = 1500;
/** Nodes above which a hierarchy is too tall to read without narrowing the kinds. */
const HIERARCHY_HINT = 120;
const NO_EXTRA: readonly string[] = [];

export function GraphPanel({ highlight }: { highlight: Highlight | null }) {
  const t = useT();
  const [state, update] = useViewState();
  // An answer (impact, path) is drawn whole, whatever the overview holds.
  const extra = useMemo(
    () => (highlight ? [...(highlight.root ? [highlight.root] : []), ...highlight.nodes] : NO_EXTRA),
    [highlight],
  );
  const { drawn, loading, error, refetch, filter, departments } = useDrawnGraph(state, extra);
  const departmentNames = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);
  const onViewport = useCallback((viewport: GraphViewport) => update({ viewport }, { replace: true }), [update]);
  const onActivate = useCallback(
    (id: string) =>
      update((s) => ({
        selected: id,
        view: "graph",
        expanded: s.expanded.includes(id) ? s.expanded : [...s.expanded, id],
      })),
    [update],
  );

  if (error && !drawn) return <ErrorState error={error} onRetry={refetch} />;
  if (!drawn) return <Loading label={t("graph.loading")} />;

  const big = drawn.elements.length > BIG_GRAPH;
  // Asked for: WebGL wherever the browser has it. Automatic: only for big graphs on a GPU.
  const webgl = state.renderer === "webgl" ? supportsWebgl2() : state.renderer === "auto" && big && hasHardwareWebgl2();
  const selectedHidden = state.selected !== null && !drawn.ids.has(state.selected);
  const selectedName =
    state.selected && drawn.ids.has(state.selected)
      ? (drawn.elements.find((e) => e.data.id === state.selected)?.data.name as string)
      : null;

  return (
    <div className="graph-panel">
      <ScopeBar scope={drawn.scope} selectedName={selectedName} />
      <div className="graph-notices">
        {loading && <Loading label={t("graph.updating")} />}
        {drawn.scope === "overview" && <p className="notice notice-quiet">{t("graph.overviewHint")}</p>}
        {drawn.noOverview && (
          <p className="notice" role="status">
            {t("graph.noOverview")}
          </p>
        )}
        {drawn.truncated && <TruncatedNotice>{t("graph.truncated", drawn.truncated)}</TruncatedNotice>}
        {drawn.dangling.length > 0 && (
          <TruncatedNotice>{t("graph.dangling", { count: drawn.dangling.length })}</TruncatedNotice>
        )}
        {state.renderer === "webgl" && !webgl && <p className="notice">{t("graph.noWebgl")}</p>}
        {state.layout === "dagre" && state.kinds.length === 0 && drawn.nodeCount > HIERARCHY_HINT && (
          <p className="notice" role="status">
            {t("graph.hierarchyHint")}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => update({ kinds: ["GOAL", "INITIATIVE", "SYSTEM"] })}
            >
              {t("graph.hierarchyOnly")}
            </button>
          </p>
        )}
        {selectedHidden && (
          <p className="notice" role="status">
            {t("graph.selectedHidden")}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() =>
                update({ departments: [], kinds: [], relations: [], crossOnly: false, inferred: false, isolate: null })
              }
            >
              {t("filter.reset")}
            </button>
          </p>
        )}
      </div>
      {drawn.nodeCount === 0 ? (
        <Empty>{t("graph.empty")}</Empty>
      ) : (
        <GraphCanvas
          key={`${webgl ? "webgl" : "canvas"}-${big ? "big" : "small"}`}
          elements={drawn.elements}
          positions={drawn.positions}
          layoutKey={drawn.layoutKey}
          viewport={state.viewport}
          nodeCount={drawn.nodeCount}
          edgeCount={drawn.edgeCount}
          selectedId={state.selected}
          highlight={highlight}
          webgl={webgl}
          big={big}
          exportName={`plangraf-${t("export.graphStem")}`}
          exportFilter={filter}
          departments={departmentNames}
          onSelect={(id) => update({ selected: id, view: "graph" })}
          onActivate={onActivate}
          onViewport={onViewport}
        />
      )}
      <p className="graph-count muted" data-testid="graph-count">
        {t("graph.count", { nodes: drawn.nodeCount, edges: drawn.edgeCount })}
      </p>
    </div>
  );
}
