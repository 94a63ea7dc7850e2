import { useEffect, useMemo, useRef, useState } from "react";
import { useLang } from "../../../lib/i18n";
import { labelWidth, packLanes } from "../lib/pack-lanes";
import type { TimelineScale } from "../lib/timeline-scale";

export interface AxisMilestone {
  id: string;
  name: string;
  date: string;
  endDate?: string | null;
  dateText: string;
  color: string;
}

const LANE = 26;
const TOP = 30;

/** Milestones as pills on a month axis, stacked in lanes so that labels never overlap. */
export function TimelineAxis({
  scale,
  milestones,
  selected,
  onPick,
}: {
  scale: TimelineScale;
  milestones: readonly AxisMilestone[];
  selected: string | null;
  onPick: (id: string) => void;
}) {
  const lang = useLang();
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(800);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth || 800));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const placed = useMemo(() => {
    const items = milestones.map((m) => {
      const x = scale.position(m.date) * width;
      const x2 = scale.position(m.endDate ?? m.date) * width;
      return { m, x, span: Math.max(0, x2 - x), width: Math.max(x2 - x, labelWidth(m.name)) };
    });
    const lanes = packLanes(items);
    return items.map((item, i) => ({ ...item, lane: lanes[i] ?? 0 }));
  }, [milestones, scale, width]);
  const laneCount = Math.max(1, ...placed.map((p) => p.lane + 1));
  const dense = scale.months.length > 14;
  const monthFormat = new Intl.DateTimeFormat(lang === "da" ? "da-DK" : "en-GB", { month: "short", timeZone: "UTC" });

  return (
    <div ref={box} className="timeline-axis" style={{ height: TOP + laneCount * LANE + 8 }}>
      {scale.months.map((m) => {
        const showLabel = !dense || m.getUTCMonth() % 3 === 0;
        return (
          <span
            key={m.toISOString()}
            className={m.getUTCMonth() === 0 ? "month year-start" : "month"}
            style={{ left: `${scale.position(m.toISOString()) * 100}%` }}
            aria-hidden="true"
          >
            {showLabel && (
              <span className="month-label">{`${monthFormat.format(m)}${m.getUTCMonth() === 0 || m === scale.months[0] ? ` ${m.getUTCFullYear()}` : ""}`}</span>
            )}
          </span>
        );
      })}
      {placed.map(({ m, x, span, lane }) => (
        <button
          key={m.id}
          type="button"
          tabIndex={-1}
          className={selected === m.id ? "marker active" : "marker"}
          style={{ left: x, top: TOP + lane * LANE, background: m.color, ["--span" as string]: `${span}px` }}
          title={`${m.dateText}: ${m.name}`}
          onClick={() => onPick(m.id)}
        >
          {span > 0 && <span className="marker-range" aria-hidden="true" />}
          <span className="marker-label">{m.name}</span>
        </button>
      ))}
    </div>
  );
}
