import { useQuery } from "@apollo/client/react";
import { useT } from "../lib/i18n";
import { plansDocument, usePlanId } from "../lib/plans";
import { useViewState } from "../lib/url-state";

/**
 * "Lyngby-Taarbæk Kommune · Økonomisk Forvaltning 2009" under the product name; a choice
 * of plan when the graph holds more than one (another year, another municipality).
 */
export function PlanTitle() {
  const t = useT();
  const { data } = useQuery(plansDocument);
  const planId = usePlanId();
  const [, update] = useViewState();
  const plans = data?.plans ?? [];
  const plan = plans.find((p) => p.id === planId) ?? plans[0];
  if (!plan) return null;
  const title = (p: typeof plan) => `${p.municipality} · ${p.administration} ${p.year}`;
  if (plans.length < 2) return <span className="plan-title">{title(plan)}</span>;
  return (
    <select
      className="plan-title plan-select"
      aria-label={t("app.planChoice")}
      value={plan.id}
      // A department, selection or cell of one plan means nothing in another: start afresh.
      onChange={(e) =>
        update({
          plan: e.target.value,
          departments: [],
          selected: null,
          pathTo: null,
          system: null,
          milestone: null,
          cellFrom: null,
          cellTo: null,
        })
      }
    >
      {plans.map((p) => (
        <option key={p.id} value={p.id}>
          {title(p)}
        </option>
      ))}
    </select>
  );
}
