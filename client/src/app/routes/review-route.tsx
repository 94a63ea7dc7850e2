import { Region } from "../../components/region";
import { Empty } from "../../components/states";
import { ReviewView } from "../../features/review";
import { useT } from "../../lib/i18n";
import { usePlanId } from "../../lib/plans";

/** The review queue of the plan shown (`plan`): suggested facts a planner accepts, rejects or corrects. */
export function ReviewRoute() {
  const t = useT();
  const planId = usePlanId();
  return (
    <Region label={t("region.review")} className="pane pane-main single-pane">
      <h2 className="view-title">{t("review.title")}</h2>
      {planId ? <ReviewView planId={planId} /> : <Empty>{t("review.noPlan")}</Empty>}
    </Region>
  );
}
