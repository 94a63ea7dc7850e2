import { useMemo } from "react";
import { EdgeHop } from "../../../components/edge-hop";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useCrossDependencies, useDependencyMatrix } from "../api/matrix";
import { cellEdges, fromRowSide } from "../lib/cell-edges";
import { includeBases } from "../lib/include-bases";

/** The dependencies behind the chosen matrix cell, each with what it rests on and the plan's evidence. */
export function CellDependencies({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const [state, update] = useViewState();
  const include = includeBases(state.inferred);
  const open = Boolean(state.cellFrom && state.cellTo);
  const { data, loading, error, refetch } = useCrossDependencies(open, include);
  const matrix = useDependencyMatrix(include).data?.dependencyMatrix;
  const { cellFrom, cellTo } = state;
  const edges = useMemo(() => {
    if (!data || !cellFrom || !cellTo) return [];
    return cellEdges(data.crossDepartmentDependencies, cellFrom, cellTo).map((e) => fromRowSide(e, cellFrom));
  }, [data, cellFrom, cellTo]);
  if (!open) return <Empty>{t("matrix.pickCell")}</Empty>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  const departments = matrix?.departments ?? [];
  const name = (id: string | null) => departments.find((d) => d.id === id)?.name ?? id ?? "";
  const cell = matrix?.cells.find((c) => c.from.id === state.cellFrom && c.to.id === state.cellTo);
  return (
    <div className="cell-deps">
      <div className="result-head">
        <h2>{t("matrix.cellTitle", { from: name(state.cellFrom), to: name(state.cellTo) })}</h2>
        {cell && (
          <p className="muted" data-testid="cell-deps-split">
            {t("matrix.split", { stated: cell.stated, viaSystem: cell.viaSystem, inferred: cell.inferred })}
            {!state.inferred && cell.inferred > 0 && ` (${t("matrix.inferredLeftOut")})`}
          </p>
        )}
        <button type="button" className="link-button" onClick={() => update({ cellFrom: null, cellTo: null })}>
          {t("action.close")}
        </button>
      </div>
      {edges.length === 0 ? (
        <Empty>{t("matrix.cellEmpty")}</Empty>
      ) : (
        <ul className="dep-list" data-testid="cell-dependencies">
          {edges.map((e) => (
            <li key={e.id} className={e.inferred ? "edge-item inferred" : "edge-item"} data-basis={e.basis}>
              <EdgeHop edge={e} basis onOpen={onOpen} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
