import { NodeLink } from "../../../components/node-link";
import { OutcomeBadge } from "../../../components/outcome-badge";
import { ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useStatusThread } from "../api/status-thread";
import { threadSummary } from "../lib/thread-summary";

interface Props {
  planId: string | null;
  onOpen: (id: string) => void;
  /** Open at first (the compare view); the timeline shows it folded. */
  open?: boolean;
}

/**
 * The year-to-year thread inside one plan: each status line of the year before, how it
 * turned out, and the plan year's goals and initiatives that carry it on (CONTINUES_AS).
 */
export function StatusThread({ planId, onOpen, open = false }: Props) {
  const t = useT();
  const { data, loading, error, refetch } = useStatusThread(planId);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const departments = (data?.departments ?? []).filter((d) => d.statusItems.length > 0);
  if (departments.length === 0) return null;
  const s = threadSummary(departments.flatMap((d) => d.statusItems));
  return (
    <section className="status-thread" aria-labelledby="status-thread-title" data-testid="status-thread">
      <details open={open}>
        <summary>
          <h3 id="status-thread-title">{t("thread.title", { from: s.year, to: s.year + 1 })}</h3>{" "}
          <span className="muted">
            {t("thread.summary", { lines: s.lines, continued: s.continued, year: s.year + 1 })}
          </span>
        </summary>
        {departments.map((d) => (
          <section key={d.id} className="thread-department" aria-label={d.name}>
            <h4>{d.name}</h4>
            <ol className="thread-list">
              {d.statusItems.map((item) => (
                <li key={item.id} className="thread-item" data-status-item={item.id}>
                  <div className="thread-line">
                    <OutcomeBadge outcome={item.outcome} /> <NodeLink id={item.id} name={item.name} onOpen={onOpen} />
                  </div>
                  {item.continuedBy.length > 0 && (
                    <div className="thread-continues">
                      <span className="muted">{t("history.continuedIn")}</span>{" "}
                      {item.continuedBy.map((n, i) => (
                        <span key={n.id}>
                          {i > 0 && ", "}
                          <NodeLink
                            id={n.id}
                            name={n.__typename === "Goal" ? `${n.letter}. ${n.name}` : n.name}
                            kind={n.kind}
                            onOpen={onOpen}
                          />
                        </span>
                      ))}
                    </div>
                  )}
                </li>
              ))}
            </ol>
          </section>
        ))}
      </details>
    </section>
  );
}
