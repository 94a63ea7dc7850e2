import { compareDanish } from "../../../lib/collate";
export interface CellSplit {
  stated: number;
  viaSystem: number;
  inferred: number;
}

export interface MatrixInput {
  departments: readonly { id: string; name: string }[];
  cells: readonly ({ from: { id: string }; to: { id: string }; count: number } & Partial<CellSplit>)[];
}

export interface MatrixGrid {
  departments: { id: string; name: string }[];
  /** counts[row][col]: how many dependencies row's department has on col's (the bases asked for). */
  counts: number[][];
  /** splits[row][col]: the same edges by what they rest on (inferred ones whether counted or not). */
  splits: CellSplit[][];
  max: number;
}

/** Square grid in Danish name order; missing cells are 0. */
export function matrixGrid(input: MatrixInput): MatrixGrid {
  const departments = [...input.departments].sort((a, b) => compareDanish(a.name, b.name));
  const index = new Map(departments.map((d, i) => [d.id, i]));
  const counts = departments.map(() => departments.map(() => 0));
  const splits = departments.map(() => departments.map(() => ({ stated: 0, viaSystem: 0, inferred: 0 })));
  for (const cell of input.cells) {
    const row = index.get(cell.from.id);
    const col = index.get(cell.to.id);
    if (row === undefined || col === undefined) continue;
    const line = counts[row];
    const split = splits[row]?.[col];
    if (line) line[col] = (line[col] ?? 0) + cell.count;
    if (split) {
      split.stated += cell.stated ?? 0;
      split.viaSystem += cell.viaSystem ?? 0;
      split.inferred += cell.inferred ?? 0;
    }
  }
  const max = Math.max(0, ...counts.flat());
  return { departments, counts, splits, max };
}

/** Heat colour from white (0) to deep orange (max); text switches to white on dark cells. */
export function heat(count: number, max: number): { background: string; color: string } {
  if (count <= 0 || max <= 0) return { background: "#ffffff", color: "#9aa5b1" };
  const f = 0.15 + 0.85 * (count / max);
  const mix = (a: number, b: number) => Math.round(a + (b - a) * f);
  return {
    background: `rgb(${mix(255, 194)}, ${mix(247, 65)}, ${mix(237, 12)})`,
    color: f > 0.55 ? "#ffffff" : "#1f2933",
  };
}
