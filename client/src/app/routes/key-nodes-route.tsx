import { useCallback } from "react";
import { Region } from "../../components/region";
import { KeyNodeTable } from "../../features/key-nodes";
import { useT } from "../../lib/i18n";
import { useViewState } from "../../lib/url-state";

/** For IT planners and the direktion: what many goals hang on, the single points of failure. */
export function KeyNodesRoute() {
  const t = useT();
  const [, update] = useViewState();
  const open = useCallback((id: string) => update({ selected: id, view: "graph", mode: "details" }), [update]);
  const impact = useCallback(
    (id: string) => update({ selected: id, view: "graph", mode: "impact", direction: "DOWNSTREAM" }),
    [update],
  );
  return (
    <Region label={t("region.keyNodes")} className="pane pane-main single-pane">
      <h2 className="view-title">{t("keyNodes.title")}</h2>
      <p className="muted">{t("keyNodes.intro")}</p>
      <KeyNodeTable onOpen={open} onImpact={impact} />
    </Region>
  );
}
