import { NodeLink } from "../../../components/node-link";
import { OutcomeBadge } from "../../../components/outcome-badge";
import { useT } from "../../../lib/i18n";
import { useNodeHistory } from "../api/node-history";
import "../node-history.css";

/**
 * The thread from the year before: on a goal or initiative, "Fra 2008:" with the status lines it
 * carries on (outcome and the plan's words); on a status line, "Videreføres i:" with where it goes on.
 */
export function NodeHistory({ id, onOpen }: { id: string; onOpen: (id: string) => void }) {
  const t = useT();
  const { data } = useNodeHistory(id);
  const node = data?.node;
  if (!node) return null;
  if ((node.__typename === "Goal" || node.__typename === "Initiative") && node.history.length > 0) {
    const year = Math.max(...node.history.map((h) => h.year));
    return (
      <section className="node-history" aria-labelledby="node-history-title" data-testid="node-history">
        <h3 id="node-history-title">{t("history.from", { year })}</h3>
        <ul className="history-lines">
          {node.history.map((h) => (
            <li key={h.id}>
              <OutcomeBadge outcome={h.outcome} />{" "}
              <NodeLink
                id={h.id}
                name={t("history.statusLine", { department: h.department?.name ?? "", year: h.year })}
                kind="STATUS_ITEM"
                onOpen={onOpen}
              />
              <blockquote lang="da">“{h.text}”</blockquote>
              {h.outcomeText && h.outcomeText !== h.text && <p className="history-outcome">{h.outcomeText}</p>}
            </li>
          ))}
        </ul>
      </section>
    );
  }
  if (node.__typename === "StatusItem") {
    return (
      <section className="node-history" aria-labelledby="node-history-title" data-testid="node-history">
        <h3 id="node-history-title">{t("history.continuedIn")}</h3>
        {node.continuedBy.length === 0 ? (
          <p className="muted">{t("history.notContinued", { year: node.year + 1 })}</p>
        ) : (
          <ul className="link-list">
            {node.continuedBy.map((n) => (
              <li key={n.id}>
                <NodeLink
                  id={n.id}
                  name={n.__typename === "Goal" ? `${n.letter}. ${n.name}` : n.name}
                  kind={n.kind}
                  onOpen={onOpen}
                />
                {n.department && <span className="muted small-text"> · {n.department.name}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  }
  return null;
}
