import type { ReactNode } from "react";
import { Evidence } from "../../../components/evidence";
import { NodeLink } from "../../../components/node-link";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { usePath, usePathEnd } from "../api/path";

interface Props {
  /** The picker for the other end (a search box, given by the page). */
  picker: ReactNode;
  onOpen: (id: string) => void;
}

/** The shortest chain between the selected node and another, hop by hop with evidence. */
export function PathPanel({ picker, onOpen }: Props) {
  const t = useT();
  const [state, update] = useViewState();
  const from = usePathEnd(state.selected).data?.node;
  const to = usePathEnd(state.pathTo).data?.node;
  const { data, loading, error, refetch } = usePath(state.selected, state.pathTo);
  if (!state.selected) return <Empty>{t("path.pickFrom")}</Empty>;
  const path = data?.path;
  return (
    <div className="path">
      <p>
        {t("path.from")}: <strong>{from?.name ?? state.selected}</strong>
      </p>
      <div className="path-to">
        <span>{t("path.to")}:</span> {to ? <strong>{to.name}</strong> : <span className="muted">{t("path.pickTo")}</span>}
        {state.pathTo && (
          <button type="button" className="link-button" onClick={() => update({ pathTo: null })}>
            {t("action.clear")}
          </button>
        )}
      </div>
      {picker}
      {state.pathTo && (
        <button type="button" className="small" onClick={() => update({ selected: state.pathTo, pathTo: state.selected })}>
          {t("path.swap")}
        </button>
      )}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && <Loading />}
      {state.pathTo && data && !path && <Empty>{t("path.none")}</Empty>}
      {path && (
        <>
          <h2>{t("path.result", { length: path.length })}</h2>
          <ol className="path-list">
            {path.hops.map((hop) => (
              <li key={hop.id}>
                <p className="hop">
                  <NodeLink id={hop.from.id} name={hop.from.name} kind={hop.from.kind} onOpen={onOpen} /> <em>{t(`rel.${hop.type}`)}</em>{" "}
                  <NodeLink id={hop.to.id} name={hop.to.name} kind={hop.to.kind} onOpen={onOpen} />
                </p>
                <Evidence evidence={hop.evidence} section={hop.section} inferred={hop.inferred} reason={hop.reason} />
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
