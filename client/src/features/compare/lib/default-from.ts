interface PlanRef {
  id: string;
  year: number;
  municipality?: string | null;
}

/**
 * The plan to compare `to` with when none is chosen: the latest earlier plan of the same
 * municipality, else the latest earlier plan, else any other plan; null with one plan only.
 */
export function defaultFrom(plans: readonly PlanRef[], to: string | null): string | null {
  const target = plans.find((p) => p.id === to);
  if (!target) return null;
  const others = plans.filter((p) => p.id !== target.id);
  const earlier = others.filter((p) => p.year < target.year).sort((a, b) => b.year - a.year);
  return (earlier.find((p) => p.municipality === target.municipality) ?? earlier[0] ?? others[0])?.id ?? null;
}
