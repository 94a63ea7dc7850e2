import { KindIcon } from "../../../components/kind-icon";
import type { WhatIfQuery } from "../../../gql/graphql";
import { formatDate } from "../../../lib/format-date";
import { useLang, useT } from "../../../lib/i18n";

type WhatIf = WhatIfQuery["whatIf"];

/** The deadlines the slip now overruns (each with its date and the new one), and the fixed dates that stay. */
export function MissedDeadlines({ missed, fixed }: { missed: WhatIf["missedDeadlines"]; fixed: WhatIf["fixed"] }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <section aria-labelledby="what-if-missed" className="what-if-missed" data-testid="what-if-missed">
        <h3 id="what-if-missed">{t("whatIf.missed")}</h3>
        {missed.length === 0 ? (
          <p className="muted">{t("whatIf.missedNone")}</p>
        ) : (
          <ul className="link-list">
            {missed.map((m) => (
              <li key={m.milestone.id}>
                <strong>{m.milestone.name}</strong>:{" "}
                {t("whatIf.missedItem", {
                  deadline: formatDate(m.deadline, lang),
                  newDate: formatDate(m.newDate, lang),
                  days: m.daysLate,
                })}
                {m.holders.length > 0 && (
                  <div className="muted small-text">
                    {t("whatIf.heldBy")}{" "}
                    {m.holders.map((h, i) => (
                      <span key={h.id}>
                        {i > 0 && ", "}
                        <KindIcon kind={h.kind} /> {h.name}
                      </span>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {fixed.length > 0 && (
        <section aria-labelledby="what-if-fixed" className="what-if-fixed">
          <h3 id="what-if-fixed">{t("whatIf.fixed")}</h3>
          <ul className="link-list">
            {fixed.map((f) => (
              <li key={f.id}>
                {f.name}: {formatDate(f.date, lang)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
