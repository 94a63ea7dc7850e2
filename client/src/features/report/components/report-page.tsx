import { useMemo } from "react";
import { DepartmentMatrix } from "../../../components/department-matrix";
import { ErrorState, Loading } from "../../../components/states";
import { useLang, useT } from "../../../lib/i18n";
import { formatDate } from "../../../lib/format-date";
import { usePlanId } from "../../../lib/plans";
import { useMeetingReport } from "../api/report";
import { nextMilestones, reportMatrix } from "../lib/report-model";
import "./report.css";
import { compareDanish } from "../../../lib/collate";

type End = { id: string; name: string; kind: string; department?: { name: string } | null };
const endText = (end: End) =>
  end.department && end.kind !== "DEPARTMENT" ? `${end.department.name}: ${end.name}` : end.name;

/**
 * "Tværgående afhængigheder": a print-ready report for the direktion's meeting: the matrix,
 * the cross-department links with the plan's words, the key nodes and the next milestones.
 * The app's header and the buttons are left out when printed (report.css).
 */
export function ReportPage() {
  const t = useT();
  const lang = useLang();
  const planId = usePlanId();
  const { data, error, refetch } = useMeetingReport(planId);
  const matrix = useMemo(
    () => (data ? reportMatrix(data.dependencyMatrix.departments, data.dependencyMatrix.cells) : null),
    [data],
  );
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data || !matrix) return <Loading />;
  const plan = data.plans.find((p) => p.id === planId);
  const links = [...data.crossDepartmentDependencies].sort(
    (a, b) => compareDanish(endText(a.from), endText(b.from)) || compareDanish(endText(a.to), endText(b.to)),
  );
  const milestones = nextMilestones(data.timeline, plan ? `${plan.year}-01-01` : "");

  return (
    <article className="report" data-testid="report" data-ready="true">
      <header className="report-head">
        <h2>{t("report.title")}</h2>
        <p className="report-plan">
          {plan ? `${plan.name} · ${plan.municipality} · ${plan.year}` : planId} ·{" "}
          {t("report.printed", { date: formatDate(new Date().toISOString(), lang) })}
        </p>
        <div className="report-actions">
          <button type="button" onClick={() => window.print()}>
            {t("report.print")}
          </button>
        </div>
      </header>

      <section aria-labelledby="report-matrix">
        <h3 id="report-matrix">{t("report.matrix")}</h3>
        <p className="report-note">{t("report.matrixNote")}</p>
        {matrix.departments.length === 0 ? (
          <p>{t("report.none")}</p>
        ) : (
          <DepartmentMatrix
            className="report-matrix"
            departments={matrix.departments}
            cell={(_row, col, r, c) => {
              const cell = matrix.rows[r]![c]!;
              return (
                <td key={col.id} className={r === c ? "self" : undefined}>
                  {r === c ? "–" : cell.stated + cell.viaSystem === 0 ? "" : `${cell.stated} + ${cell.viaSystem}`}
                </td>
              );
            }}
          />
        )}
      </section>

      <section aria-labelledby="report-links">
        <h3 id="report-links">{t("report.links", { count: links.length })}</h3>
        <ol className="report-links">
          {links.map((l) => (
            <li key={l.id}>
              <p className="report-link-ends">
                <strong>{endText(l.from)}</strong> → {t(`rel.${l.type}`)} → <strong>{endText(l.to)}</strong>
              </p>
              <blockquote>“{l.evidence}”</blockquote>
              <p className="report-note">
                {l.basis === "VIA_SYSTEM"
                  ? t("basis.VIA_SYSTEM", { system: l.viaSystem?.name ?? "" })
                  : t(`basis.${l.basis}`)}
                {l.section && ` · ${t("report.section", { section: l.section })}`}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="report-key">
        <h3 id="report-key">{t("report.keyNodes")}</h3>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t("report.node")}</th>
              <th scope="col">{t("report.kind")}</th>
              <th scope="col">{t("report.direct")}</th>
              <th scope="col">{t("report.all")}</th>
              <th scope="col">{t("report.departments")}</th>
            </tr>
          </thead>
          <tbody>
            {data.keyNodes.map((k) => (
              <tr key={k.node.id}>
                <td>{endText(k.node)}</td>
                <td>{t(`kind.${k.node.kind}`)}</td>
                <td>{k.directDependents}</td>
                <td>{k.dependents}</td>
                <td>{k.departments}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="report-milestones">
        <h3 id="report-milestones">{t("report.milestones")}</h3>
        <table className="report-table">
          <thead>
            <tr>
              <th scope="col">{t("report.date")}</th>
              <th scope="col">{t("report.milestone")}</th>
              <th scope="col">{t("report.timing")}</th>
            </tr>
          </thead>
          <tbody>
            {milestones.map((m) => (
              <tr key={m.id}>
                <td className="report-date">
                  {m.endDate
                    ? `${formatDate(m.date, lang)} – ${formatDate(m.endDate, lang)}`
                    : formatDate(m.date, lang)}
                </td>
                <td>{m.name}</td>
                <td>{t(`timing.${m.timing}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </article>
  );
}
