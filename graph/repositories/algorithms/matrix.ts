/** The department x department grid: every ordered pair of distinct departments of one plan, zeros included. */
export interface MatrixCount {
  fromDept: string;
  toDept: string;
  count: number;
}

export interface MatrixCellIds {
  from: string;
  to: string;
  count: number;
}

export function matrixCells(departments: readonly { id: string; planId: string }[], counts: readonly MatrixCount[]): MatrixCellIds[] {
  const byPair = new Map(counts.map((c) => [`${c.fromDept}\u0000${c.toDept}`, c.count]));
  const cells: MatrixCellIds[] = [];
  for (const from of departments) {
    for (const to of departments) {
      if (from.id === to.id || from.planId !== to.planId) continue;
      cells.push({ from: from.id, to: to.id, count: byPair.get(`${from.id}\u0000${to.id}`) ?? 0 });
    }
  }
  return cells;
}
