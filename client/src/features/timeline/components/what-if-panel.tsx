import { useEffect, useMemo, useState } from "react";
import { DepartmentSection } from "../../../components/department-section";
import { NodeLink } from "../../../components/node-link";
import { Empty, ErrorState, Loading, TruncatedNotice } from "../../../components/states";
import { groupByDepartment, ownDepartment } from "../../../lib/group-by-department";
import { formatDate } from "../../../lib/format-date";
import { useLang, useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { useWhatIf } from "../api/timeline";
import { parseSlipDays, MAX_SLIP_DAYS, MIN_SLIP_DAYS } from "../lib/slip-days";
import { MissedDeadlines } from "./missed-deadlines";
import { MovedMilestones } from "./moved-milestones";
import { compareDanish } from "../../../lib/collate";

/** "Hvad hvis den skrider?": which goals and initiatives a slipped milestone drags along. */
export function WhatIfPanel({ onOpen }: { onOpen: (id: string) => void }) {
  const t = useT();
  const lang = useLang();
  const [state, update] = useViewState();
  const [days, setDays] = useState(String(state.slipDays));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    setDays(String(state.slipDays));
    setInvalid(parseSlipDays(String(state.slipDays)) === null);
  }, [state.slipDays]);
  const valid = parseSlipDays(String(state.slipDays)) !== null;
  const { data, loading, error, refetch } = useWhatIf(valid ? state.milestone : null, state.slipDays);
  const groups = useMemo(
    () =>
      groupByDepartment(
        [...(data?.whatIf.affected ?? [])].sort((a, b) => a.depth - b.depth || compareDanish(a.node.name, b.node.name)),
        (a) => ownDepartment(a.node),
      ),
    [data],
  );
  if (!state.milestone) return <Empty>{t("whatIf.pick")}</Empty>;
  const w = valid ? data?.whatIf : undefined;
  return (
    <div className="what-if">
      <form
        className="what-if-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const n = parseSlipDays(days);
          setInvalid(n === null);
          if (n !== null) update({ slipDays: n });
        }}
      >
        <label className="field-inline">
          <span>{t("whatIf.slipDays")}</span>
          <input
            type="number"
            inputMode="numeric"
            min={MIN_SLIP_DAYS}
            max={MAX_SLIP_DAYS}
            step={1}
            value={days}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "what-if-days-error" : undefined}
            onChange={(e) => setDays(e.target.value)}
          />
        </label>
        <button type="submit">{t("whatIf.run")}</button>
        {invalid && (
          <p id="what-if-days-error" className="form-error" role="alert">
            {t("whatIf.badDays")}
          </p>
        )}
      </form>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && <Loading />}
      {w && !loading && (
        <>
          <h2>{t("whatIf.title", { name: w.milestone.name })}</h2>
          <p data-testid="what-if-summary">
            {t("whatIf.summary", {
              from: formatDate(w.milestone.endDate ?? w.milestone.date, lang),
              to: formatDate(w.newEndDate ?? w.newDate, lang),
              days: w.slipDays,
              goals: w.goals.length,
              initiatives: w.initiatives.length,
            })}
          </p>
          {w.truncated && <TruncatedNotice>{t("whatIf.truncated")}</TruncatedNotice>}
          <MissedDeadlines missed={w.missedDeadlines} fixed={w.fixed} />
          <MovedMilestones moved={w.moved} />
          {w.goals.length > 0 && (
            <section aria-label={t("field.goals")}>
              <h3>{t("whatIf.goals")}</h3>
              <ul className="link-list">
                {w.goals.map((g) => (
                  <li key={g.id}>
                    <NodeLink id={g.id} name={g.name} kind={g.kind} onOpen={onOpen} />
                    {g.department && <span className="muted"> · {g.department.name}</span>}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {groups.length === 0 ? (
            <Empty>{t("whatIf.none")}</Empty>
          ) : (
            groups.map((g) => (
              <DepartmentSection key={g.department?.id ?? "none"} department={g.department} count={g.items.length}>
                <ul className="link-list">
                  {g.items.map((a) => (
                    <li key={a.node.id}>
                      <NodeLink id={a.node.id} name={a.node.name} kind={a.node.kind} onOpen={onOpen} />{" "}
                      <span className="badge">{t("impact.depthBadge", { depth: a.depth })}</span>
                    </li>
                  ))}
                </ul>
              </DepartmentSection>
            ))
          )}
        </>
      )}
    </div>
  );
}
