import { useMemo } from "react";
import { Evidence } from "../../../components/evidence";
import { NodeLink } from "../../../components/node-link";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useCrossDependencies, useDependencyMatrix } from "../api/matrix";
import { cellEdges } from "../lib/cell-edges";

/** The dependencies behind the chosen matrix cell, each with the plan's evidence. */
export function CellDependencies({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const [state, update] = useViewState();
  const open = Boolean(state.cellFrom && state.cellTo);
  const { data, loading, error, refetch } = useCrossDependencies(open);
  const departments = useDependencyMatrix().data?.dependencyMatrix.departments ?? [];
  const edges = useMemo(
    () => (data && state.cellFrom && state.cellTo ? cellEdges(data.crossDepartmentDependencies, state.cellFrom, state.cellTo) : []),
    [data, state.cellFrom, state.cellTo],
  );
  if (!open) return <Empty>{t("matrix.pickCell")}</Empty>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  const name = (id: string | null) => departments.find((d) => d.id === id)?.name ?? id ?? "";
  return (
    <div className="cell-deps">
      <div className="result-head">
        <h2>{t("matrix.cellTitle", { from: name(state.cellFrom), to: name(state.cellTo) })}</h2>
        <button type="button" className="link-button" onClick={() => update({ cellFrom: null, cellTo: null })}>
          {t("action.close")}
        </button>
      </div>
      {edges.length === 0 ? (
        <Empty>{t("matrix.cellEmpty")}</Empty>
      ) : (
        <ul className="dep-list" data-testid="cell-dependencies">
          {edges.map((e) => (
            <li key={e.id} className="edge-item">
              <p className="hop">
                <NodeLink id={e.from.id} name={e.from.name} kind={e.from.kind} onOpen={onOpen} /> <em>{t(`rel.${e.type}`)}</em>{" "}
                <NodeLink id={e.to.id} name={e.to.name} kind={e.to.kind} onOpen={onOpen} />
              </p>
              <Evidence evidence={e.evidence} section={e.section} inferred={e.inferred} reason={e.reason} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
