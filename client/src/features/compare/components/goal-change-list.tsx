import { useMemo, useState } from "react";
import type { ComparisonFragment, GoalChangeKind } from "../../../gql/graphql";
import { useLang, useT } from "../../../lib/i18n";
import { groupGoalChanges } from "../lib/goal-changes";
import { GoalMatchCorrection } from "./goal-match-correction";

type GoalChange = ComparisonFragment["goals"][number];
type Goal = NonNullable<GoalChange["from"]>;

interface Props {
  comparison: ComparisonFragment;
  planner: boolean;
  onOpen: (id: string) => void;
}

/** Every goal of both plans by what became of it, with the match score; a planner may correct a match. */
export function GoalChangeList({ comparison, planner, onOpen }: Props) {
  const t = useT();
  const groups = useMemo(() => groupGoalChanges(comparison.goals), [comparison]);
  return (
    <section className="compare-section" aria-labelledby="compare-goals">
      <h3 id="compare-goals">{t("compare.goals")}</h3>
      {groups.map((g) => {
        const list = (
          <ul className="goal-change-list">
            {g.goals.map((c) => (
              <GoalChangeItem
                key={`${c.from?.id ?? ""}|${c.to?.id ?? ""}`}
                change={c}
                comparison={comparison}
                planner={planner}
                onOpen={onOpen}
              />
            ))}
          </ul>
        );
        return (
          <section
            key={g.change}
            className={`goal-change-group change-${g.change.toLowerCase()}`}
            aria-label={t(`compare.change.${g.change}`)}
            data-change={g.change}
          >
            {g.change === "CONTINUED" ? (
              <details>
                <summary>
                  <ChangeHeading change={g.change} count={g.goals.length} />
                </summary>
                {list}
              </details>
            ) : (
              <>
                <ChangeHeading change={g.change} count={g.goals.length} />
                {list}
              </>
            )}
          </section>
        );
      })}
    </section>
  );
}

function ChangeHeading({ change, count }: { change: GoalChangeKind; count: number }) {
  const t = useT();
  return (
    <h4 className="change-heading">
      <span className={`badge change-badge change-${change.toLowerCase()}`}>{t(`compare.change.${change}`)}</span>{" "}
      <span className="count">{count}</span>{" "}
      <span className="muted small-text">{t(`compare.changeHint.${change}`)}</span>
    </h4>
  );
}

const formatScore = (score: number, lang: "da" | "en") =>
  score.toLocaleString(lang === "da" ? "da-DK" : "en-GB", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function GoalChangeItem({
  change: c,
  comparison,
  planner,
  onOpen,
}: {
  change: GoalChange;
  comparison: ComparisonFragment;
  planner: boolean;
  onOpen: (id: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const [correcting, setCorrecting] = useState(false);
  return (
    <li className="goal-change" data-from={c.from?.id ?? ""} data-to={c.to?.id ?? ""}>
      <div className="goal-change-pair">
        <GoalCell goal={c.from} onOpen={onOpen} />
        <span className="goal-change-arrow" aria-label={t("compare.becomes")}>
          →
        </span>
        <GoalCell goal={c.to} onOpen={onOpen} />
        <span className="goal-change-meta">
          {c.score !== null && c.score !== undefined && (
            <span className="badge" title={t("compare.scoreHint")} data-testid="match-score">
              {t("compare.score", { score: formatScore(c.score, lang) })}
            </span>
          )}
          {c.corrected && <span className="badge badge-corrected">{t("compare.corrected")}</span>}
          {planner && !correcting && (
            <button type="button" className="small" onClick={() => setCorrecting(true)}>
              {t("compare.correct")}
            </button>
          )}
        </span>
      </div>
      {correcting && <GoalMatchCorrection change={c} comparison={comparison} onDone={() => setCorrecting(false)} />}
    </li>
  );
}

function GoalCell({ goal, onOpen }: { goal: Goal | null | undefined; onOpen: (id: string) => void }) {
  const t = useT();
  if (!goal) return <span className="goal-cell muted">{t("compare.noCounterpart")}</span>;
  return (
    <span className="goal-cell">
      <span className="goal-dept">{goal.department?.name ?? "–"}</span>{" "}
      <button type="button" className="link-button" onClick={() => onOpen(goal.id)} title={goal.id}>
        {goal.letter}. {goal.title}
      </button>
    </span>
  );
}
