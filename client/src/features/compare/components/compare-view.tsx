import { useQuery } from "@apollo/client/react";
import { useId } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useToken } from "../../../lib/auth";
import { useT } from "../../../lib/i18n";
import { plansDocument } from "../../../lib/plans";
import { useComparison } from "../api/compare";
import { changeCounts, CHANGE_ORDER } from "../lib/goal-changes";
import { GoalChangeList } from "./goal-change-list";
import { DependencyChanges, InitiativeChanges, MilestoneMoves, SystemChanges } from "./other-changes";
import "../compare.css";

interface Props {
  from: string | null;
  to: string | null;
  onChange: (from: string | null, to: string | null) => void;
  onOpen: (id: string) => void;
}

/** "Sammenlign": what changed from one plan to another, goal by goal, then initiatives, systems, dependencies and dates. */
export function CompareView({ from, to, onChange, onOpen }: Props) {
  const t = useT();
  const id = useId();
  const { planner } = useToken();
  const plans = useQuery(plansDocument);
  const { data, loading, error, refetch } = useComparison(from, to);
  const list = plans.data?.plans ?? [];
  const c = data?.comparePlans;
  const counts = c ? changeCounts(c.goals) : null;

  const picker = (which: "from" | "to", value: string | null) => (
    <label className="compare-pick" htmlFor={`${id}-${which}`}>
      <span>{t(which === "from" ? "compare.fromPlan" : "compare.toPlan")}</span>
      <select
        id={`${id}-${which}`}
        value={value ?? ""}
        onChange={(e) =>
          which === "from" ? onChange(e.target.value || null, to) : onChange(from, e.target.value || null)
        }
      >
        <option value="">{t("compare.pickPlan")}</option>
        {list.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name} ({p.municipality})
          </option>
        ))}
      </select>
    </label>
  );

  return (
    <div className="compare">
      <form className="compare-pickers" onSubmit={(e) => e.preventDefault()} aria-label={t("compare.pickers")}>
        {picker("from", from)}
        <button
          type="button"
          className="small"
          onClick={() => onChange(to, from)}
          disabled={!from || !to}
          title={t("compare.swap")}
          aria-label={t("compare.swap")}
        >
          ⇄
        </button>
        {picker("to", to)}
      </form>
      {(!from || !to) && <Empty>{t("compare.pickBoth")}</Empty>}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !c && <Loading />}
      {c && counts && (
        <>
          <p className="compare-summary" data-testid="compare-summary">
            {CHANGE_ORDER.map((k) => t(`compare.count.${k}`, { n: counts[k] })).join(" · ")}
            {" · "}
            {t("compare.summaryRest", {
              systems: c.systemsIntroduced.length + c.systemsRetired.length,
              dependencies: c.dependenciesAdded.length + c.dependenciesRemoved.length,
              milestones: c.milestonesMoved.length,
            })}
          </p>
          {from === to && <p className="notice">{t("compare.same")}</p>}
          <GoalChangeList comparison={c} planner={planner} onOpen={onOpen} />
          <InitiativeChanges comparison={c} onOpen={onOpen} />
          <SystemChanges comparison={c} />
          <DependencyChanges comparison={c} onOpen={onOpen} />
          <MilestoneMoves comparison={c} />
        </>
      )}
    </div>
  );
}
