import { TimingBadge } from "../../../components/timing-badge";
import type { MilestoneTiming } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";

interface PastMilestone {
  id: string;
  name: string;
  dateText: string;
  date: string;
  timing: MilestoneTiming;
  department?: { name: string } | null;
}

/** "Historik": dated events wholly before the plan year, which explain the plan but are not its schedule. */
export function MilestoneHistory({ milestones }: { milestones: readonly PastMilestone[] }) {
  const t = useT();
  if (milestones.length === 0) return null;
  return (
    <section className="milestone-history" aria-labelledby="milestone-history-title" data-testid="milestone-history">
      <details>
        <summary>
          <h3 id="milestone-history-title">{t("timing.history")}</h3> <span className="count">{milestones.length}</span>{" "}
          <span className="muted">{t("timing.historyHint")}</span>
        </summary>
        <ol className="history-list">
          {milestones.map((m) => (
            <li key={m.id} data-milestone={m.id}>
              <span className="history-date">{m.date.slice(0, 4)}</span> <TimingBadge timing={m.timing} />{" "}
              <strong>{m.name}</strong>
              <span className="muted small-text">
                {" "}
                – {m.dateText}
                {m.department ? ` · ${m.department.name}` : ""}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
