import { useCallback } from "react";
import { Region } from "../../components/region";
import { SystemLinks, SystemList } from "../../features/systems";
import { useT } from "../../lib/i18n";
import { useViewState } from "../../lib/url-state";

/** For IT planners: everything that hangs on one system or project, by department. */
export function SystemsRoute() {
  const t = useT();
  const [state, update] = useViewState();
  const open = useCallback((id: string) => update({ selected: id, view: "graph", mode: "details" }), [update]);
  return (
    <div className="two-pane systems-layout">
      <Region label={t("region.systemList")} className="pane pane-narrow">
        <h2 className="view-title">{t("systems.title")}</h2>
        <SystemList selected={state.system} onPick={(id) => update({ system: id })} />
      </Region>
      <Region label={t("region.systemLinks")} className="pane pane-main">
        <SystemLinks id={state.system} onOpen={open} />
      </Region>
    </div>
  );
}
