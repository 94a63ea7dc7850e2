import { useMemo } from "react";
import type { ElementDefinition } from "cytoscape";
import type { ViewState } from "../../../lib/url-state";
import { departmentColors } from "../../../lib/department-colors";
import { useGraphView } from "../api/graph-view";
import { withDepartmentGroups } from "../lib/department-groups";
import { dropUntickedDepartments, type PlainGraph } from "../lib/drop-unticked";
import { expandNeighbours } from "../lib/expand-neighbours";
import { toGraphFilter } from "../lib/graph-filter";
import { isolate } from "../lib/isolate";
import { overviewFilter } from "../lib/overview-filter";
import { placeAdded } from "../lib/place-added";
import { OVERVIEW_FCOSE } from "../lib/layout-options";
import { LAYOUT_SEED, seededLayout, type Positions } from "../lib/seeded-layout";
import { toElements } from "../lib/to-elements";

export type Scope = "overview" | "all" | "isolate";

export interface DrawnGraph {
  scope: Scope;
  /** True when the overview was asked for but the plan has no cross-department links. */
  noOverview: boolean;
  elements: ElementDefinition[];
  dangling: string[];
  positions: Positions;
  /** Changes when the picture is laid out afresh (scope, layout, filters' basis). */
  layoutKey: string;
  nodeCount: number;
  edgeCount: number;
  truncated: { nodes: number; totalNodes: number; edges: number; totalEdges: number } | null;
  /** Ids drawn (without the department groups). */
  ids: ReadonlySet<string>;
}

type State = Pick<
  ViewState,
  | "departments"
  | "kinds"
  | "relations"
  | "crossOnly"
  | "inferred"
  | "all"
  | "expanded"
  | "isolate"
  | "isolateDepth"
  | "selected"
  | "layout"
  | "plan"
>;

/**
 * What the canvas draws, and where: the overview (or everything, or one node's surroundings)
 * within the filters, plus expanded neighbours and the nodes an answer or a selection needs.
 * Positions come from a seeded layout of the unfiltered picture, so that filters only hide
 * nodes and never move the others; nodes that join are placed around where they came from.
 */
export function useDrawnGraph(state: State, extra: readonly string[]) {
  const filter = useMemo(
    () => toGraphFilter(state),
    [state.departments, state.kinds, state.relations, state.crossOnly, state.inferred], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const overview = useMemo(() => overviewFilter(filter), [filter]);
  const bareOverview = useMemo(
    () => overviewFilter(state.inferred && state.crossOnly ? { include: ["STATED", "VIA_SYSTEM", "INFERRED"] } : {}),
    [state.inferred, state.crossOnly],
  );
  const wantOverview = !state.all && !state.isolate && overview !== null;

  const basisQ = useGraphView(bareOverview, !wantOverview);
  const baseQ = useGraphView(overview, !wantOverview);
  const basisData = basisQ.data ?? basisQ.previousData;
  const noOverview = wantOverview && basisData !== undefined && basisData.graph.nodes.length === 0;
  const scope: Scope = state.isolate ? "isolate" : wantOverview && !noOverview ? "overview" : "all";
  const needFull = scope !== "overview" || state.expanded.length > 0 || extra.length > 0 || state.selected !== null;
  const fullQ = useGraphView(filter, !needFull);
  const allBasisQ = useGraphView({}, scope !== "all");

  const base = scope === "overview" ? (baseQ.data ?? baseQ.previousData) : undefined;
  const full = fullQ.data ?? fullQ.previousData;
  const allBasis = allBasisQ.data ?? allBasisQ.previousData;
  const departments = (base ?? full ?? basisData)?.departments;

  const ready =
    scope === "overview"
      ? Boolean(base && basisData && (!needFull || full))
      : scope === "all"
        ? Boolean(full && allBasis)
        : Boolean(full);
  const loading = basisQ.loading || baseQ.loading || fullQ.loading || allBasisQ.loading;
  const error = baseQ.error ?? fullQ.error ?? basisQ.error ?? allBasisQ.error;
  const refetch = () => {
    for (const q of [basisQ, baseQ, fullQ, allBasisQ]) void q.refetch().catch(() => undefined);
  };

  const colors = useMemo(() => departmentColors(departments ?? []), [departments]);
  const grouped = scope === "overview" && state.layout === "fcose";

  // The unfiltered picture of the scope, laid out once: filters only hide nodes of it.
  const basis = useMemo(() => {
    if (!ready) return null;
    const source: PlainGraph | undefined =
      scope === "overview"
        ? basisData!.graph
        : scope === "all"
          ? allBasis!.graph
          : isolate(full!.graph, state.isolate!, state.isolateDepth);
    if (!source) return null;
    const els = toElements(source, colors).elements;
    const members = new Set(source.nodes.map((n) => n.id));
    return grouped
      ? seededLayout(
          withDepartmentGroups(els, departments ?? [], colors, members),
          state.layout,
          LAYOUT_SEED,
          OVERVIEW_FCOSE,
        )
      : seededLayout(els, state.layout);
  }, [
    ready,
    scope,
    basisData,
    allBasis,
    full,
    state.isolate,
    state.isolateDepth,
    colors,
    grouped,
    departments,
    state.layout,
  ]);

  const drawn = useMemo((): DrawnGraph | null => {
    if (!ready || !basis) return null;
    const fullGraph = dropUntickedDepartments(full?.graph ?? base!.graph, state.departments);
    const start: PlainGraph =
      scope === "overview"
        ? dropUntickedDepartments(base!.graph, state.departments)
        : scope === "isolate"
          ? isolate(fullGraph, state.isolate!, state.isolateDepth)
          : fullGraph;
    const grown = expandNeighbours(
      start,
      fullGraph,
      state.expanded,
      [...extra, ...(state.selected ? [state.selected] : [])],
      grouped ? ["DEPARTMENT", "PLAN"] : [],
    );
    const result = toElements({ nodes: grown.nodes, edges: grown.edges }, colors);
    const members = new Set(start.nodes.map((n) => n.id));
    const elements = grouped
      ? withDepartmentGroups(result.elements, departments ?? [], colors, members)
      : result.elements;
    const positions = placeAdded(basis, grown.added, grown.edges);
    const server = scope === "overview" ? base!.graph : full!.graph;
    return {
      scope,
      noOverview,
      elements,
      dangling: result.dangling,
      positions,
      layoutKey: `${scope}|${state.layout}|${state.isolate ?? ""}|${state.isolateDepth}|${grouped}`,
      nodeCount: grown.nodes.length,
      edgeCount: result.elements.filter((e) => e.group === "edges").length,
      truncated: server.truncated
        ? {
            nodes: server.nodes.length,
            totalNodes: server.totalNodes,
            edges: server.edges.length,
            totalEdges: server.totalEdges,
          }
        : null,
      ids: new Set(grown.nodes.map((n) => n.id)),
    };
  }, [
    ready,
    basis,
    full,
    base,
    scope,
    noOverview,
    state.departments,
    state.isolate,
    state.isolateDepth,
    state.expanded,
    state.selected,
    state.layout,
    extra,
    colors,
    grouped,
    departments,
  ]);

  return { drawn, loading, error, refetch, filter, departments: departments ?? [] };
}
