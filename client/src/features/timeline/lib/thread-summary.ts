interface Line {
  year: number;
  continuedBy: readonly unknown[];
}

/** How many status lines the thread has, how many are carried on, and the year they report on. */
export function threadSummary(lines: readonly Line[]): { year: number; lines: number; continued: number } {
  return {
    year: Math.max(0, ...lines.map((l) => l.year)),
    lines: lines.length,
    continued: lines.filter((l) => l.continuedBy.length > 0).length,
  };
}
