interface WhatIfDates {
  milestone: { id: string };
  newDate: string;
  newEndDate?: string | null;
  moved: readonly { milestone: { id: string }; newDate: string; newEndDate?: string | null }[];
}

/** The new dates a what-if gives, by milestone id: the slipping milestone and what moves with it. */
export function newDates(
  whatIf: WhatIfDates | null | undefined,
): Map<string, { date: string; endDate: string | null }> {
  const dates = new Map<string, { date: string; endDate: string | null }>();
  if (!whatIf) return dates;
  dates.set(whatIf.milestone.id, { date: whatIf.newDate, endDate: whatIf.newEndDate ?? null });
  for (const m of whatIf.moved) dates.set(m.milestone.id, { date: m.newDate, endDate: m.newEndDate ?? null });
  return dates;
}
