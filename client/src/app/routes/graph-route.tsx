import { useCallback, useMemo, useState } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { Region } from "../../components/region";
import { Loading } from "../../components/states";
import { DetailsPanel } from "../../features/details";
import { FilterPanel, GraphPanel, type Highlight } from "../../features/graph";
import { ImpactPanel, impactHighlight, useImpact } from "../../features/impact";
import { PathPanel, pathHighlight, usePath } from "../../features/path";
import { SearchBox } from "../../features/search";
import { useLayoutLoaded } from "../../lib/cytoscape";
import { useT } from "../../lib/i18n";
import { MODES, useViewState, type LayoutName } from "../../lib/url-state";

/** Filters | graph | details, impact or path: the direktion's main view. */
export function GraphRoute() {
  const t = useT();
  const [state, update] = useViewState();
  const impact = useImpact(state.selected, state.direction, state.depth, state.mode === "impact").data?.impact;
  const path = usePath(state.selected, state.pathTo, state.hubs, state.mode === "path").data?.path;
  const highlight = useMemo<Highlight | null>(() => {
    if (state.mode === "impact" && impact) return impactHighlight(impact);
    if (state.mode === "path" && path) return pathHighlight(path);
    return null;
  }, [state.mode, impact, path]);
  const open = useCallback((id: string) => update({ selected: id }), [update]);
  const [pathQuery, setPathQuery] = useState("");
  // Narrow screens: the filters are a drawer over the graph (CSS shows the toggle there only).
  const [filtersOpen, setFiltersOpen] = useState(false);

  return (
    <div className={filtersOpen ? "graph-layout filters-open" : "graph-layout"}>
      <button
        type="button"
        className="drawer-toggle"
        aria-expanded={filtersOpen}
        aria-controls="graph-filters"
        onClick={() => setFiltersOpen((o) => !o)}
      >
        {t(filtersOpen ? "graph.hideFilters" : "graph.showFilters")}
      </button>
      <Region label={t("region.filters")} className="sidebar sidebar-left" id="graph-filters">
        <FilterPanel />
      </Region>
      <Region label={t("region.graph")} className="graph-main">
        <GraphWhenLaidOut layout={state.layout} highlight={highlight} />
      </Region>
      <Region label={t("region.panel")} className="sidebar sidebar-right">
        <div className="mode-switch" role="group" aria-label={t("mode.label")}>
          {MODES.map((mode) => (
            <button key={mode} type="button" aria-pressed={state.mode === mode} onClick={() => update({ mode })}>
              {t(`mode.${mode}`)}
            </button>
          ))}
        </div>
        <ErrorBoundary region={t(`mode.${state.mode}`)}>
          {state.mode === "details" && <DetailsPanel id={state.selected} onOpen={open} />}
          {state.mode === "impact" && <ImpactPanel onOpen={open} />}
          {state.mode === "path" && (
            <PathPanel
              onOpen={open}
              picker={
                <SearchBox
                  label={t("path.searchLabel")}
                  value={pathQuery}
                  onCommit={setPathQuery}
                  onPick={(id) => update({ pathTo: id })}
                />
              }
            />
          )}
        </ErrorBoundary>
      </Region>
    </div>
  );
}

/** The graph once its layout's code is there: the hierarchy's arrives on its first use (a failed load is the region's error). */
function GraphWhenLaidOut({ layout, highlight }: { layout: LayoutName; highlight: Highlight | null }) {
  const t = useT();
  return useLayoutLoaded(layout) ? <GraphPanel highlight={highlight} /> : <Loading label={t("graph.loading")} />;
}
