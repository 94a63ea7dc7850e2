import type { ReactNode } from "react";
import { EdgeHop } from "../../../components/edge-hop";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { displayName } from "../../../lib/display-name";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { usePath, usePathEnd } from "../api/path";

interface Props {
  /** The picker for the other end (a search box, given by the page). */
  picker: ReactNode;
  onOpen: (id: string) => void;
}

/**
 * The shortest chain between the selected node and another, step by step in the walk's order:
 * each edge as a sentence, an arrow for the way the walk runs over it, whether a slip travels
 * that way, and the evidence; and whether a slip runs the whole way.
 */
export function PathPanel({ picker, onOpen }: Props) {
  const t = useT();
  const [state, update] = useViewState();
  const from = usePathEnd(state.selected).data?.node;
  const to = usePathEnd(state.pathTo).data?.node;
  const { data, loading, error, refetch } = usePath(state.selected, state.pathTo, state.hubs);
  if (!state.selected) return <Empty>{t("path.pickFrom")}</Empty>;
  const path = data?.path;
  const ends = { from: from ? displayName(from) : state.selected, to: to ? displayName(to) : (state.pathTo ?? "") };
  return (
    <div className="path">
      <p>
        {t("path.from")}: <strong>{from?.name ?? state.selected}</strong>
      </p>
      <div className="path-to">
        <span>{t("path.to")}:</span>{" "}
        {to ? <strong>{to.name}</strong> : <span className="muted">{t("path.pickTo")}</span>}
        {state.pathTo && (
          <button type="button" className="link-button" onClick={() => update({ pathTo: null })}>
            {t("action.clear")}
          </button>
        )}
      </div>
      {picker}
      <div className="path-options">
        {state.pathTo && (
          <button
            type="button"
            className="small"
            onClick={() => update({ selected: state.pathTo, pathTo: state.selected })}
          >
            {t("path.swap")}
          </button>
        )}
        <label className="field-inline" title={t("path.hubsHint")}>
          <input type="checkbox" checked={state.hubs} onChange={(e) => update({ hubs: e.target.checked })} />
          {t("path.hubs")}
        </label>
      </div>
      <p className="hint small-text">{t("path.hubsHint")}</p>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && <Loading />}
      {state.pathTo && data && !path && <Empty>{t(state.hubs ? "path.none" : "path.noneWithoutHubs")}</Empty>}
      {path && (
        <>
          <h2>{t("path.result", { length: path.length })}</h2>
          <p
            className={path.way ? "notice" : "notice notice-warning"}
            data-testid="path-way"
            data-way={path.way ?? "mixed"}
          >
            {path.way ? t(`path.way.${path.way}`, ends) : t("path.way.mixed")}
          </p>
          <ol className="path-list">
            {path.steps.map((step) => (
              <li key={step.edge.id} data-direction={step.direction} data-slip={String(step.carriesSlip)}>
                <EdgeHop
                  edge={step.edge}
                  direction={step.direction}
                  walkFromId={step.from.id}
                  carriesSlip={step.carriesSlip}
                  onOpen={onOpen}
                />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
