import { compareDanish } from "./collate";
/** Colour-blind-safe, distinguishable on white; departments beyond it wrap around. */
export const DEPARTMENT_PALETTE = [
  "#2563eb",
  "#ea580c",
  "#16a34a",
  "#9333ea",
  "#db2777",
  "#0891b2",
  "#ca8a04",
  "#4d7c0f",
  "#be123c",
  "#0f766e",
] as const;

/**
 * Colour per department id, stable for a plan: by name in Danish order (æ, ø, å last), so
 * the same department keeps its colour whatever the filters are.
 */
export function departmentColors(departments: readonly { id: string; name: string }[]): Map<string, string> {
  const sorted = [...departments].sort((a, b) => compareDanish(a.name, b.name) || a.id.localeCompare(b.id));
  return new Map(sorted.map((d, i) => [d.id, DEPARTMENT_PALETTE[i % DEPARTMENT_PALETTE.length] ?? "#64748b"]));
}
