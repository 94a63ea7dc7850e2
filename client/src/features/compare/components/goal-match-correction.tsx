import { useId, useMemo, useState } from "react";
import type { ComparisonFragment } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import { useCorrectGoalMatch } from "../api/compare";
import { compareDanish } from "../../../lib/collate";

type GoalChange = ComparisonFragment["goals"][number];
const NONE = "";

/**
 * A planner says which goal of the other plan this one is (or that it has none). The
 * correction is stored and wins over the score; the comparison comes back recomputed.
 */
export function GoalMatchCorrection({
  change,
  comparison,
  onDone,
}: {
  change: GoalChange;
  comparison: ComparisonFragment;
  onDone: () => void;
}) {
  const t = useT();
  const id = useId();
  const [correct, { loading }] = useCorrectGoalMatch();
  const [problem, setProblem] = useState<string | null>(null);
  // Correct from the earlier goal when there is one; else the later (a NEW goal) picks its earlier counterpart.
  const side = change.from ? "to" : "from";
  const candidates = useMemo(() => {
    const seen = new Map<string, NonNullable<GoalChange["from"]>>();
    for (const c of comparison.goals) {
      const g = side === "to" ? c.to : c.from;
      if (g) seen.set(g.id, g);
    }
    return [...seen.values()].sort((a, b) =>
      compareDanish(`${a.department?.name} ${a.letter}`, `${b.department?.name} ${b.letter}`),
    );
  }, [comparison, side]);
  const current = (side === "to" ? change.to?.id : change.from?.id) ?? NONE;
  const [pick, setPick] = useState(current);

  return (
    <form
      className="goal-correction"
      aria-label={t("compare.correctTitle")}
      onSubmit={async (e) => {
        e.preventDefault();
        setProblem(null);
        const fromGoal = side === "to" ? change.from!.id : pick || null;
        const toGoal = side === "to" ? pick || null : change.to!.id;
        try {
          await correct({ variables: { from: comparison.fromPlanId, to: comparison.toPlanId, fromGoal, toGoal } });
          onDone();
        } catch (error) {
          setProblem(error instanceof Error ? error.message : String(error));
        }
      }}
    >
      <label htmlFor={id}>{t(side === "to" ? "compare.correctTo" : "compare.correctFrom")}</label>
      <select id={id} value={pick} onChange={(e) => setPick(e.target.value)}>
        <option value={NONE}>{t("compare.noCounterpart")}</option>
        {candidates.map((g) => (
          <option key={g.id} value={g.id}>
            {g.department?.name} {g.letter}. {g.title}
          </option>
        ))}
      </select>
      <button type="submit" className="primary" disabled={loading || pick === current}>
        {t("compare.saveCorrection")}
      </button>
      <button type="button" onClick={onDone}>
        {t("auth.cancel")}
      </button>
      {problem && (
        <p className="compare-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
