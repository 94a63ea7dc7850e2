import { useId, useMemo } from "react";
import { DepartmentMatrix } from "../../../components/department-matrix";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useDependencyMatrix } from "../api/matrix";
import { includeBases } from "../lib/include-bases";
import { heat, matrixGrid } from "../lib/matrix-grid";

/**
 * Department x department heat map of dependency counts; a cell opens its dependencies. The count
 * takes what the plan states (outright or via a system); "include inferred" adds the inferred ones.
 * Hovering or focusing a cell shows what its count rests on.
 */
export function MatrixView() {
  const t = useT();
  const [state, update] = useViewState();
  const { data, previousData, loading, error, refetch } = useDependencyMatrix(includeBases(state.inferred));
  const shown = data ?? previousData;
  const grid = useMemo(() => (shown ? matrixGrid(shown.dependencyMatrix) : null), [shown]);
  const tipPrefix = useId();
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!grid) return <Loading />;
  if (grid.departments.length === 0) return <Empty>{t("matrix.empty")}</Empty>;
  const inferredCounted = shown?.dependencyMatrix.include.includes("INFERRED") ?? false;

  return (
    <div className="matrix" aria-busy={loading}>
      <p className="hint">{t("matrix.hint")}</p>
      <div className="matrix-options">
        <label className="toggle">
          <input type="checkbox" checked={state.inferred} onChange={(e) => update({ inferred: e.target.checked })} />
          {t("matrix.includeInferred")}
        </label>
        <p className="muted small-text" data-testid="matrix-counts">
          {t(inferredCounted ? "matrix.countsInferred" : "matrix.counts")}
        </p>
      </div>
      <div className="table-scroll">
        <DepartmentMatrix
          className="matrix-table"
          data-include={shown?.dependencyMatrix.include.join(" ")}
          caption={t("matrix.caption")}
          departments={grid.departments}
          cell={(row, col, r, c) => {
            const count = grid.counts[r]?.[c] ?? 0;
            const split = grid.splits[r]?.[c] ?? { stated: 0, viaSystem: 0, inferred: 0 };
            const active = state.cellFrom === row.id && state.cellTo === col.id;
            const tipId = `${tipPrefix}-${r}-${c}`;
            const any = split.stated + split.viaSystem + split.inferred > 0;
            return (
              <td key={col.id} style={heat(count, grid.max)} className={active ? "active" : undefined}>
                <button
                  type="button"
                  className="cell-button"
                  disabled={count === 0 && !any}
                  aria-pressed={active}
                  aria-label={t("matrix.cellLabel", { from: row.name, to: col.name, count })}
                  aria-describedby={any ? tipId : undefined}
                  data-from={row.id}
                  data-to={col.id}
                  onClick={() => update({ cellFrom: row.id, cellTo: col.id })}
                >
                  {count}
                </button>
                {any && (
                  <span role="tooltip" id={tipId} className="cell-tip" data-testid="cell-split">
                    {t("matrix.split", { ...split })}
                    {!inferredCounted && split.inferred > 0 && ` (${t("matrix.inferredLeftOut")})`}
                  </span>
                )}
              </td>
            );
          }}
        />
      </div>
    </div>
  );
}
