import { useQuery } from "@apollo/client/react";
import { useCallback } from "react";
import { Region } from "../../components/region";
import { CompareView, defaultFrom } from "../../features/compare";
import { StatusThread } from "../../features/timeline";
import { useT } from "../../lib/i18n";
import { plansDocument, usePlanId } from "../../lib/plans";
import { useViewState } from "../../lib/url-state";

/** "Sammenlign": plan `from` against the plan shown (`plan`), and that plan's own thread from the year before. */
export function CompareRoute() {
  const t = useT();
  const [state, update] = useViewState();
  const to = usePlanId();
  const { data } = useQuery(plansDocument);
  const from = state.compareFrom ?? defaultFrom(data?.plans ?? [], to);
  const open = useCallback((id: string) => update({ selected: id, view: "graph", mode: "details" }), [update]);
  return (
    <Region label={t("region.compare")} className="pane pane-main single-pane">
      <h2 className="view-title">{t("compare.title")}</h2>
      <CompareView from={from} to={to} onChange={(f, t2) => update({ compareFrom: f, plan: t2 })} onOpen={open} />
      <StatusThread planId={to} onOpen={open} open />
    </Region>
  );
}
