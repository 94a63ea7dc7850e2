import { useCallback } from "react";
import { Region } from "../../components/region";
import { CellDependencies, MatrixView } from "../../features/matrix";
import { useT } from "../../lib/i18n";
import { useViewState } from "../../lib/url-state";

/** Which departments depend on which, and the plan's words for each dependency. */
export function MatrixRoute() {
  const t = useT();
  const [, update] = useViewState();
  const open = useCallback((id: string) => update({ selected: id, view: "graph", mode: "details" }), [update]);
  return (
    <div className="two-pane">
      <Region label={t("region.matrix")} className="pane pane-main">
        <div className="view-title-row">
          <h2 className="view-title">{t("matrix.title")}</h2>
          <button type="button" className="small" onClick={() => update({ view: "report" })}>
            {t("report.open")}
          </button>
        </div>
        <MatrixView />
      </Region>
      <Region label={t("region.cell")} className="pane pane-side">
        <CellDependencies onOpen={open} />
      </Region>
    </div>
  );
}
