/** Top-level systems first in name order, each followed by its modules. */
export function sortSystems<S extends { id: string; name: string; parent?: { id: string } | null }>(systems: readonly S[]): (S & { module: boolean })[] {
  const byName = (a: S, b: S) => a.name.localeCompare(b.name, "da");
  const ids = new Set(systems.map((s) => s.id));
  const tops = systems.filter((s) => !s.parent || !ids.has(s.parent.id)).sort(byName);
  return tops.flatMap((top) => [
    { ...top, module: false },
    ...systems
      .filter((s) => s.parent?.id === top.id)
      .sort(byName)
      .map((s) => ({ ...s, module: true })),
  ]);
}
