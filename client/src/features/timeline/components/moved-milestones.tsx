import { TimingBadge } from "../../../components/timing-badge";
import type { WhatIfQuery } from "../../../gql/graphql";
import { formatDate } from "../../../lib/format-date";
import { useLang, useT } from "../../../lib/i18n";

type Moved = WhatIfQuery["whatIf"]["moved"][number];

/** The dated events that follow the slipping one (a start "straks efter" a deadline) and move with it: old date → new date. */
export function MovedMilestones({ moved }: { moved: readonly Moved[] }) {
  const t = useT();
  const lang = useLang();
  if (moved.length === 0) return null;
  return (
    <section aria-labelledby="what-if-moved" className="what-if-moved" data-testid="what-if-moved">
      <h3 id="what-if-moved">{t("whatIf.moved")}</h3>
      <ul className="link-list">
        {moved.map((m) => (
          <li key={m.milestone.id}>
            <TimingBadge timing={m.milestone.timing} /> {m.milestone.name}:{" "}
            <del>{formatDate(m.milestone.date, lang)}</del> → <ins>{formatDate(m.newDate, lang)}</ins>
            {m.newEndDate && m.milestone.endDate && (
              <span className="muted small-text">
                {" "}
                (
                {t("whatIf.movedEnd", {
                  from: formatDate(m.milestone.endDate, lang),
                  to: formatDate(m.newEndDate, lang),
                })}
                )
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
