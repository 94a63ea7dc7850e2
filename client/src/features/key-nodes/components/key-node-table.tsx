import { useId } from "react";
import { CountHeaders } from "../../../components/count-headers";
import { KindIcon } from "../../../components/kind-icon";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { downloadText } from "../../../lib/download";
import { useLang, useT } from "../../../lib/i18n";
import { KEY_NODE_COUNTS, useViewState } from "../../../lib/url-state";
import { isNodeKind } from "../../../lib/vocabulary";
import { useKeyNodes } from "../api/key-nodes";
import { keyNodesCsv } from "../lib/key-nodes-csv";

interface Props {
  /** Show the node in the graph with its details. */
  onOpen: (id: string) => void;
  /** Show what is hit if the node slips (impact mode, downstream). */
  onImpact: (id: string) => void;
}

/**
 * The single points of failure: nodes ranked by how much depends on them (all transitive
 * dependents, then betweenness), each with a way into the graph and into its impact.
 */
export function KeyNodeTable({ onOpen, onImpact }: Props) {
  const t = useT();
  const lang = useLang();
  const [state, update] = useViewState();
  const { data, loading, error, refetch } = useKeyNodes(state.top);
  const rows = data?.keyNodes ?? [];
  const countId = useId();
  const number = new Intl.NumberFormat(lang === "da" ? "da-DK" : "en-GB", { maximumFractionDigits: 1 });

  return (
    <>
      <div className="toolbar-row">
        <label htmlFor={countId}>{t("keyNodes.count")}</label>
        <select id={countId} value={state.top} onChange={(e) => update({ top: Number(e.target.value) })}>
          {KEY_NODE_COUNTS.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={rows.length === 0}
          onClick={() =>
            downloadText(
              keyNodesCsv(rows, t, lang === "da" ? ";" : ","),
              `plangraf-${t("keyNodes.fileStem")}.csv`,
              "text/csv;charset=utf-8",
            )
          }
        >
          {t("export.csv")}
        </button>
      </div>
      {error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && rows.length === 0 ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t("keyNodes.empty")}</Empty>
      ) : (
        <table className="data-table key-nodes">
          <caption className="visually-hidden">{t("keyNodes.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("keyNodes.rank")}</th>
              <th scope="col">{t("keyNodes.node")}</th>
              <th scope="col">{t("keyNodes.department")}</th>
              <CountHeaders counts={["all", "direct", "departments"]} />
              <th scope="col" className="num" title={t("keyNodes.betweennessHelp")}>
                {t("keyNodes.betweenness")}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t("keyNodes.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.node.id}>
                <td className="num">{i + 1}</td>
                <th scope="row">
                  {isNodeKind(row.node.kind) && <KindIcon kind={row.node.kind} />} {row.node.name}
                  {isNodeKind(row.node.kind) && (
                    <span className="muted small-text"> · {t(`kind.${row.node.kind}`)}</span>
                  )}
                </th>
                <td>{row.node.department?.name ?? "–"}</td>
                <td className="num">{row.dependents}</td>
                <td className="num">{row.directDependents}</td>
                <td className="num">{row.departments}</td>
                <td className="num">{number.format(row.betweenness)}</td>
                <td className="actions">
                  <button
                    type="button"
                    onClick={() => onOpen(row.node.id)}
                    aria-label={t("keyNodes.openNamed", { name: row.node.name })}
                  >
                    {t("keyNodes.open")}
                  </button>{" "}
                  <button
                    type="button"
                    onClick={() => onImpact(row.node.id)}
                    aria-label={t("keyNodes.impactNamed", { name: row.node.name })}
                  >
                    {t("keyNodes.impact")}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
