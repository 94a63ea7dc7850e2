import { useMemo } from "react";
import { DependentCounts } from "../../../components/dependent-counts";
import { Empty, ErrorState, Loading, TruncatedNotice } from "../../../components/states";
import { downloadText, fileStem } from "../../../lib/download";
import { groupByDepartment, ownDepartment } from "../../../lib/group-by-department";
import { useLang, useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useImpact } from "../api/impact";
import { evidenceChain } from "../lib/evidence-chain";
import { cutReason } from "../lib/cut-reason";
import { impactCsv } from "../lib/impact-csv";
import { sortImpacted } from "../lib/sort-impacted";
import { ImpactControls } from "./impact-controls";
import { ImpactGroups } from "./impact-groups";

/** "What is hit if this slips?" (downstream) or "what does this need?" (upstream), by department. */
export function ImpactPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const lang = useLang();
  const [state] = useViewState();
  const { data, loading, error, refetch } = useImpact(state.selected, state.direction, state.depth);
  const impact = data?.impact;
  const groups = useMemo(() => {
    if (!impact) return [];
    const names = new Map([
      [impact.root.id, impact.root.name],
      ...impact.nodes.map((x) => [x.node.id, x.node.name] as const),
    ]);
    const rows = sortImpacted(impact.nodes.filter((n) => n.node.id !== impact.root.id)).map((n) => {
      const chain = evidenceChain(impact.nodes, impact.root.id, n.node.id);
      const path = [impact.root.id];
      for (const hop of chain) {
        const last = path[path.length - 1];
        path.push(hop.from.id === last ? hop.to.id : hop.from.id);
      }
      const chainSteps = chain.map((hop, i) => ({ hop, walkFromId: path[i] ?? impact.root.id }));
      return { ...n, chainSteps, chain: path.map((id) => names.get(id) ?? id) };
    });
    return groupByDepartment(rows, (r) => ownDepartment(r.node));
  }, [impact]);

  if (!state.selected) return <Empty>{t("impact.pickRoot")}</Empty>;
  const count = groups.reduce((sum, g) => sum + g.items.length, 0);
  const departments = groups.filter((g) => g.department).length;
  return (
    <div className="impact">
      <ImpactControls />
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && <Loading label={t("impact.loading")} />}
      {impact && !loading && (
        <>
          <div className="result-head">
            <h2>{t(`impact.title.${impact.direction}`, { name: impact.root.name })}</h2>
            <div className="impact-summary">
              {impact.direction === "DOWNSTREAM" && (
                <DependentCounts
                  direct={impact.root.dependentCount.direct}
                  all={impact.root.dependentCount.all}
                  departments={impact.root.dependentCount.departments}
                  compact
                />
              )}
              <p data-testid="impact-summary" title={t("count.shownHelp")}>
                {impact.direction === "DOWNSTREAM" && <strong>{t("count.shown")}: </strong>}
                {t(impact.direction === "DOWNSTREAM" ? "impact.summary" : "impact.summaryUp", {
                  count,
                  departments,
                  depth: impact.maxDepth,
                })}
              </p>
            </div>
            <button
              type="button"
              disabled={count === 0}
              onClick={() =>
                downloadText(
                  impactCsv(groups, t, lang === "da" ? ";" : ","),
                  `plangraf-${t("export.impactStem")}-${fileStem(impact.root.name)}.csv`,
                  "text/csv;charset=utf-8",
                )
              }
            >
              {t("export.csv")}
            </button>
          </div>
          {impact.truncated && (
            <TruncatedNotice>{t("impact.truncated", { reason: cutReason(impact, t) })}</TruncatedNotice>
          )}
          {count === 0 ? (
            <Empty>{t(`impact.none.${impact.direction}`)}</Empty>
          ) : (
            <ImpactGroups groups={groups} onOpen={onOpen} />
          )}
        </>
      )}
    </div>
  );
}
