import { useCallback } from "react";
import { Region } from "../../components/region";
import { TimelineView, WhatIfPanel } from "../../features/timeline";
import { useT } from "../../lib/i18n";
import { useViewState } from "../../lib/url-state";

/** Dated milestones, and what slips with them. */
export function TimelineRoute() {
  const t = useT();
  const [state, update] = useViewState();
  const open = useCallback((id: string) => update({ selected: id, view: "graph", mode: "details" }), [update]);
  return (
    <div className="two-pane">
      <Region label={t("region.timeline")} className="pane pane-main">
        <h2 className="view-title">{t("timeline.title")}</h2>
        <TimelineView selected={state.milestone} onPick={(id) => update({ milestone: id })} />
      </Region>
      <Region label={t("region.whatIf")} className="pane pane-side">
        <WhatIfPanel onOpen={open} />
      </Region>
    </div>
  );
}
