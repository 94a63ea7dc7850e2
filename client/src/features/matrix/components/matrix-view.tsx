import { useMemo } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useDependencyMatrix } from "../api/matrix";
import { heat, matrixGrid } from "../lib/matrix-grid";

/** Department x department heat map of dependency counts; a cell opens its dependencies. */
export function MatrixView() {
  const t = useT();
  const [state, update] = useViewState();
  const { data, loading, error, refetch } = useDependencyMatrix();
  const grid = useMemo(() => (data ? matrixGrid(data.dependencyMatrix) : null), [data]);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !grid) return <Loading />;
  if (grid.departments.length === 0) return <Empty>{t("matrix.empty")}</Empty>;

  return (
    <div className="matrix">
      <p className="hint">{t("matrix.hint")}</p>
      <div className="table-scroll">
        <table className="matrix-table">
          <caption className="visually-hidden">{t("matrix.caption")}</caption>
          <thead>
            <tr>
              <th scope="col" className="corner">
                {t("matrix.rowsNeed")} ↓ / {t("matrix.colsProvide")} →
              </th>
              {grid.departments.map((d) => (
                <th key={d.id} scope="col">
                  {d.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.departments.map((row, r) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                {grid.departments.map((col, c) => {
                  const count = grid.counts[r]?.[c] ?? 0;
                  const active = state.cellFrom === row.id && state.cellTo === col.id;
                  return (
                    <td key={col.id} style={heat(count, grid.max)} className={active ? "active" : undefined}>
                      <button
                        type="button"
                        className="cell-button"
                        disabled={count === 0}
                        aria-pressed={active}
                        aria-label={t("matrix.cellLabel", { from: row.name, to: col.name, count })}
                        data-from={row.id}
                        data-to={col.id}
                        onClick={() => update({ cellFrom: row.id, cellTo: col.id })}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
