import { KindIcon } from "../../../components/kind-icon";
import type { ComparisonFragment } from "../../../gql/graphql";
import { formatDate } from "../../../lib/format-date";
import { useLang, useT } from "../../../lib/i18n";
import { daysBetween } from "../lib/days-between";

type Comparison = ComparisonFragment;
type DependencyChange = Comparison["dependenciesAdded"][number];
type End = DependencyChange["from"];

/** Initiatives added and removed under each matched goal. */
export function InitiativeChanges({ comparison, onOpen }: { comparison: Comparison; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <section className="compare-section" aria-labelledby="compare-initiatives">
      <h3 id="compare-initiatives">
        {t("compare.initiatives")} <span className="count">{comparison.initiatives.length}</span>
      </h3>
      {comparison.initiatives.length === 0 ? (
        <p className="muted">{t("compare.noInitiativeChanges")}</p>
      ) : (
        <ul className="compare-list">
          {comparison.initiatives.map((c) => (
            <li key={c.goal.id}>
              <button type="button" className="link-button" onClick={() => onOpen(c.goal.id)}>
                {c.goal.department?.name} {c.goal.letter}. {c.goal.title}
              </button>
              <ul className="initiative-diff">
                {c.added.map((text) => (
                  <li key={`+${text}`} className="diff-added">
                    <span className="badge diff-badge">{t("compare.added")}</span> {text}
                  </li>
                ))}
                {c.removed.map((text) => (
                  <li key={`-${text}`} className="diff-removed">
                    <span className="badge diff-badge">{t("compare.removed")}</span> {text}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Systems only in the later plan (introduced) and only in the earlier (retired). */
export function SystemChanges({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const column = (title: string, kind: "introduced" | "retired", systems: Comparison["systemsIntroduced"]) => (
    <div className={`system-diff system-${kind}`} role="group" aria-label={title}>
      <h4>
        {title} <span className="count">{systems.length}</span>
      </h4>
      {systems.length === 0 ? (
        <p className="muted">{t("compare.none")}</p>
      ) : (
        <ul className="compare-list">
          {systems.map((s) => (
            <li key={s.id} className={kind === "introduced" ? "diff-added" : "diff-removed"}>
              <KindIcon kind="SYSTEM" /> <span className="system-name">{s.name}</span>{" "}
              <span className="muted small-text">{s.category}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
  return (
    <section className="compare-section" aria-labelledby="compare-systems">
      <h3 id="compare-systems">{t("compare.systems")}</h3>
      <div className="compare-columns">
        {column(t("compare.systemsIntroduced"), "introduced", comparison.systemsIntroduced)}
        {column(t("compare.systemsRetired"), "retired", comparison.systemsRetired)}
      </div>
    </section>
  );
}

function EndName({ end, onOpen }: { end: End; onOpen: (id: string) => void }) {
  const dept = end.department && end.department.id !== end.id ? `${end.department.name} ` : "";
  const letter = end.__typename === "Goal" ? `${end.letter}. ` : "";
  return (
    <button type="button" className="link-button node-link" onClick={() => onOpen(end.id)} title={end.id}>
      <KindIcon kind={end.kind} />
      <span>
        {dept}
        {letter}
        {end.name}
      </span>
    </button>
  );
}

/** Dependencies added and removed, cross-department ones first, each with the plan's sentence. */
export function DependencyChanges({ comparison, onOpen }: { comparison: Comparison; onOpen: (id: string) => void }) {
  const t = useT();
  const list = (title: string, kind: "added" | "removed", changes: readonly DependencyChange[]) => {
    const sorted = [...changes].sort((a, b) => Number(b.crossDepartment) - Number(a.crossDepartment));
    return (
      <div role="group" aria-label={title} className={`dependency-diff dependency-${kind}`}>
        <h4>
          {title} <span className="count">{changes.length}</span>
        </h4>
        {sorted.length === 0 ? (
          <p className="muted">{t("compare.none")}</p>
        ) : (
          <ul className="compare-list">
            {sorted.map((d) => (
              <li
                key={`${d.from.id}|${d.type}|${d.to.id}`}
                className={kind === "added" ? "diff-added" : "diff-removed"}
                data-cross={d.crossDepartment}
              >
                <p className="dependency-line">
                  <EndName end={d.from} onOpen={onOpen} />{" "}
                  <span className="muted">
                    {t(
                      `compare.rel.${d.type === "DEPENDS_ON" || d.type === "COORDINATES_WITH" || d.type === "INVOLVES" ? d.type : "OTHER"}`,
                    )}
                  </span>{" "}
                  <EndName end={d.to} onOpen={onOpen} />
                  {d.crossDepartment && <span className="badge badge-cross">{t("compare.crossDepartment")}</span>}
                </p>
                {d.evidence && <blockquote lang="da">“{d.evidence}”</blockquote>}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <section className="compare-section" aria-labelledby="compare-dependencies">
      <h3 id="compare-dependencies">{t("compare.dependencies")}</h3>
      {list(t("compare.dependenciesAdded"), "added", comparison.dependenciesAdded)}
      {list(t("compare.dependenciesRemoved"), "removed", comparison.dependenciesRemoved)}
    </section>
  );
}

/** Milestones whose date moved: old date → new date and by how much. */
export function MilestoneMoves({ comparison }: { comparison: Comparison }) {
  const t = useT();
  const lang = useLang();
  const moves = comparison.milestonesMoved;
  return (
    <section className="compare-section" aria-labelledby="compare-milestones">
      <h3 id="compare-milestones">
        {t("compare.milestonesMoved")} <span className="count">{moves.length}</span>
      </h3>
      {moves.length === 0 ? (
        <p className="muted">{t("compare.none")}</p>
      ) : (
        <table className="data-table milestone-moves">
          <caption className="visually-hidden">{t("compare.milestonesMoved")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("timeline.milestone")}</th>
              <th scope="col">{t("compare.oldDate")}</th>
              <th scope="col">{t("compare.newDate")}</th>
              <th scope="col">{t("compare.shift")}</th>
            </tr>
          </thead>
          <tbody>
            {moves.map((m) => {
              const days = daysBetween(m.from.date, m.to.date);
              return (
                <tr key={m.to.id} data-milestone={m.to.id}>
                  <th scope="row">{m.to.name}</th>
                  <td>
                    <del>{formatDate(m.from.date, lang)}</del>
                    <div className="muted small-text">{m.from.dateText}</div>
                  </td>
                  <td>
                    <ins>{formatDate(m.to.date, lang)}</ins>
                    <div className="muted small-text">{m.to.dateText}</div>
                  </td>
                  <td className="num">
                    {t(days >= 0 ? "compare.later" : "compare.earlier", { days: Math.abs(days) })}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
