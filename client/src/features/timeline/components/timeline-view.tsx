import { useMemo } from "react";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { departmentColors } from "../../../lib/department-colors";
import { useLang, useT } from "../../../lib/i18n";
import { useTimeline, useWhatIf } from "../api/timeline";
import { dateSpan } from "../lib/date-span";
import { newDates } from "../lib/new-dates";
import { parseSlipDays } from "../lib/slip-days";
import { timelineScale } from "../lib/timeline-scale";
import { TimingBadge } from "../../../components/timing-badge";
import { usePlanId } from "../../../lib/plans";
import { useViewState } from "../../../lib/url-state";
import { MilestoneHistory } from "./milestone-history";
import { StatusThread } from "./status-thread";
import { TimelineAxis } from "./timeline-axis";
import "../timeline-history.css";
import { compareDanish } from "../../../lib/collate";

interface Props {
  selected: string | null;
  onPick: (id: string) => void;
}

const MILESTONE_COLOUR = "#b45309";

/** The plan's dated milestones on a calendar axis and as a table. */
export function TimelineView({ selected, onPick }: Props) {
  const t = useT();
  const { data, loading, error, refetch } = useTimeline();
  const lang = useLang();
  const planId = usePlanId();
  const [state, update] = useViewState();
  const slipValid = parseSlipDays(String(state.slipDays)) !== null;
  const whatIf = useWhatIf(slipValid ? state.milestone : null, state.slipDays).data?.whatIf;
  const moving = useMemo(() => newDates(whatIf), [whatIf]);
  const missed = useMemo(() => new Set((whatIf?.missedDeadlines ?? []).map((m) => m.milestone.id)), [whatIf]);
  const open = (id: string) => update({ selected: id, view: "graph", mode: "details" });
  const sorted = useMemo(
    () => [...(data?.timeline ?? [])].sort((a, b) => a.date.localeCompare(b.date) || compareDanish(a.name, b.name)),
    [data],
  );
  // History before the plan year is listed apart, so the axis shows the plan's own dates.
  const milestones = useMemo(() => sorted.filter((m) => !m.past), [sorted]);
  const past = useMemo(() => sorted.filter((m) => m.past), [sorted]);
  const scale = useMemo(() => timelineScale(milestones.flatMap((m) => [m.date, m.endDate ?? m.date])), [milestones]);
  const colors = useMemo(() => {
    const departments = new Map(
      milestones.flatMap((m) => (m.department ? [[m.department.id, m.department] as const] : [])),
    );
    return departmentColors([...departments.values()]);
  }, [milestones]);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return <Loading />;
  if (sorted.length === 0) return <Empty>{t("timeline.empty")}</Empty>;
  const withDepartment = milestones.some((m) => m.department);
  const axis = milestones.map((m) => ({
    ...m,
    color: (m.department && colors.get(m.department.id)) || MILESTONE_COLOUR,
  }));

  return (
    <div className="timeline">
      <TimelineAxis scale={scale} milestones={axis} selected={selected} onPick={onPick} />
      <table className="data-table">
        <caption className="visually-hidden">{t("timeline.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("timeline.date")}</th>
            {whatIf && <th scope="col">{t("timeline.newDate")}</th>}
            <th scope="col">{t("timeline.milestone")}</th>
            <th scope="col">{t("timing.column")}</th>
            {withDepartment && <th scope="col">{t("csv.department")}</th>}
            <th scope="col">
              <span className="visually-hidden">{t("timeline.whatIf")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((m) => (
            <tr key={m.id} className={selected === m.id ? "active" : undefined}>
              <td>
                {moving.has(m.id) ? <del>{dateSpan(m.date, m.endDate, lang)}</del> : dateSpan(m.date, m.endDate, lang)}
                <div className="muted small-text" lang="da">
                  {m.dateText}
                </div>
              </td>
              {whatIf && (
                <td data-testid={moving.has(m.id) ? "timeline-new-date" : undefined}>
                  {moving.has(m.id) ? (
                    <ins>{dateSpan(moving.get(m.id)!.date, moving.get(m.id)!.endDate, lang)}</ins>
                  ) : (
                    ""
                  )}
                  {missed.has(m.id) && <div className="badge badge-missed">{t("whatIf.missedBadge")}</div>}
                </td>
              )}
              <td>
                {m.name}
                {m.follows && <div className="muted small-text">{t("timing.follows", { name: m.follows.name })}</div>}
              </td>
              <td>
                <TimingBadge timing={m.timing} />
              </td>
              {withDepartment && <td>{m.department?.name ?? "–"}</td>}
              <td className="nowrap">
                <button type="button" className="small" aria-pressed={selected === m.id} onClick={() => onPick(m.id)}>
                  {t("timeline.whatIf")}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MilestoneHistory milestones={past} />
      <StatusThread planId={planId} onOpen={open} />
    </div>
  );
}
