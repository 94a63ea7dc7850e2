export interface TimelineScale {
  start: Date;
  end: Date;
  /** First day of each month on the axis. */
  months: Date[];
  /** 0..1 along the axis for an ISO date (clamped). */
  position: (iso: string) => number;
}

const DAY = 86_400_000;

export function parseIso(iso: string): Date {
  const [y, m, d] = iso.slice(0, 10).split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
}

/** Whole months from the earliest to the latest date (start and end dates alike). */
export function timelineScale(dates: readonly string[]): TimelineScale {
  const parsed = dates.filter(Boolean).map(parseIso);
  const times = parsed.map((d) => d.getTime());
  const min = new Date(times.length ? Math.min(...times) : Date.now());
  const max = new Date(times.length ? Math.max(...times) : Date.now());
  const start = new Date(Date.UTC(min.getUTCFullYear(), min.getUTCMonth(), 1));
  const end = new Date(Date.UTC(max.getUTCFullYear(), max.getUTCMonth() + 1, 1));
  const months: Date[] = [];
  for (let m = new Date(start); m < end; m = new Date(Date.UTC(m.getUTCFullYear(), m.getUTCMonth() + 1, 1)))
    months.push(m);
  const span = end.getTime() - start.getTime();
  return {
    start,
    end,
    months,
    position: (iso) => Math.min(1, Math.max(0, (parseIso(iso).getTime() - start.getTime()) / span)),
  };
}

/** ISO date plus whole days. */
export function addDays(iso: string, days: number): string {
  return new Date(parseIso(iso).getTime() + days * DAY).toISOString().slice(0, 10);
}
