import { useMemo } from "react";
import { Empty, ErrorState, Loading, TruncatedNotice } from "../../../components/states";
import { hasHardwareWebgl2, supportsWebgl2 } from "../../../lib/cytoscape";
import { departmentColors } from "../../../lib/department-colors";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useGraphView } from "../api/graph-view";
import { toGraphFilter } from "../lib/graph-filter";
import type { Highlight } from "../lib/highlight-classes";
import { toElements } from "../lib/to-elements";
import { GraphCanvas } from "./graph-canvas";

/** Elements above which the level-of-detail options (and, on "auto", WebGL) switch on. */
export const BIG_GRAPH = 1500;
/** Nodes above which a hierarchy is too tall to read without narrowing the kinds. */
const HIERARCHY_HINT = 120;

export function GraphPanel({ highlight }: { highlight: Highlight | null }) {
  const t = useT();
  const [state, update] = useViewState();
  const filter = useMemo(
    () => toGraphFilter(state),
    [state.departments, state.kinds, state.relations, state.crossOnly, state.inferred], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const query = useGraphView(filter);
  const { loading, error, refetch } = query;
  // Keep drawing the previous graph while the next one loads: the canvas stays mounted.
  const data = query.data ?? query.previousData;
  const colors = useMemo(() => departmentColors(data?.departments ?? []), [data?.departments]);
  const result = useMemo(() => (data ? toElements(data.graph, colors) : null), [data, colors]);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!result || !data) return <Loading label={t("graph.loading")} />;

  const { graph } = data;
  const big = result.elements.length > BIG_GRAPH;
  // Asked for: WebGL wherever the browser has it. Automatic: only for big graphs on a GPU.
  const webgl = state.renderer === "webgl" ? supportsWebgl2() : state.renderer === "auto" && big && hasHardwareWebgl2();
  const selectedHidden = state.selected !== null && !graph.nodes.some((n) => n.id === state.selected);

  return (
    <div className="graph-panel">
      <div className="graph-notices">
        {loading && <Loading label={t("graph.updating")} />}
        {graph.truncated && (
          <TruncatedNotice>
            {t("graph.truncated", {
              nodes: graph.nodes.length,
              totalNodes: graph.totalNodes,
              edges: graph.edges.length,
              totalEdges: graph.totalEdges,
            })}
          </TruncatedNotice>
        )}
        {result.dangling.length > 0 && <TruncatedNotice>{t("graph.dangling", { count: result.dangling.length })}</TruncatedNotice>}
        {state.renderer === "webgl" && !webgl && <p className="notice">{t("graph.noWebgl")}</p>}
        {state.layout === "dagre" && state.kinds.length === 0 && graph.nodes.length > HIERARCHY_HINT && (
          <p className="notice" role="status">
            {t("graph.hierarchyHint")}{" "}
            <button type="button" className="link-button" onClick={() => update({ kinds: ["GOAL", "INITIATIVE", "SYSTEM"] })}>
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
              onClick={() => update({ departments: [], kinds: [], relations: [], crossOnly: false, inferred: false })}
            >
              {t("filter.reset")}
            </button>
          </p>
        )}
      </div>
      {graph.nodes.length === 0 ? (
        <Empty>{t("graph.empty")}</Empty>
      ) : (
        <GraphCanvas
          key={`${webgl ? "webgl" : "canvas"}-${big ? "big" : "small"}`}
          elements={result.elements}
          layout={state.layout}
          selectedId={state.selected}
          highlight={highlight}
          webgl={webgl}
          big={big}
          exportName={`plangraf-${t("export.graphStem")}`}
          exportFilter={filter}
          onSelect={(id) => update({ selected: id, view: "graph" })}
        />
      )}
      <p className="graph-count muted" data-testid="graph-count">
        {t("graph.count", { nodes: graph.nodes.length, edges: graph.edges.length })}
      </p>
    </div>
  );
}
