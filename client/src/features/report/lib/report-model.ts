/** Small pure shapes of the report's data: the matrix as rows, the next milestones. */

export interface MatrixCellIn {
  count: number;
  stated: number;
  viaSystem: number;
  from: { id: string };
  to: { id: string };
}

export interface ReportMatrix {
  departments: { id: string; name: string }[];
  /** rows[r][c]: department r depends on department c (stated, via system). */
  rows: { stated: number; viaSystem: number }[][];
}

/** Only departments with a cross-department dependency either way (the others would be empty rows and columns). */
export function reportMatrix(departments: { id: string; name: string }[], cells: MatrixCellIn[]): ReportMatrix {
  const cross = cells.filter((c) => c.from.id !== c.to.id && c.stated + c.viaSystem > 0);
  const involved = new Set(cross.flatMap((c) => [c.from.id, c.to.id]));
  const shown = departments.filter((d) => involved.has(d.id));
  const index = new Map(shown.map((d, i) => [d.id, i]));
  const rows = shown.map(() => shown.map(() => ({ stated: 0, viaSystem: 0 })));
  for (const c of cross) {
    const r = index.get(c.from.id);
    const k = index.get(c.to.id);
    if (r === undefined || k === undefined) continue;
    rows[r]![k] = { stated: c.stated, viaSystem: c.viaSystem };
  }
  return { departments: shown, rows };
}

const due = (m: { date: string; endDate?: string | null }) => m.endDate ?? m.date;

/**
 * The milestones from `from` (the plan year's first day) on, by when they fall due (a period's
 * last day), at most `limit`: what lies ahead in the plan. History and periods that began
 * before the plan year are left out.
 */
export function nextMilestones<M extends { date: string; endDate?: string | null; past: boolean }>(
  milestones: M[],
  from: string,
  limit = 12,
): M[] {
  return milestones
    .filter((m) => !m.past && m.date >= from)
    .sort((a, b) => due(a).localeCompare(due(b)) || a.date.localeCompare(b.date))
    .slice(0, limit);
}
