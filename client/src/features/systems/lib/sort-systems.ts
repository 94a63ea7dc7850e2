import { compareDanish } from "../../../lib/collate";
/**
 * Top-level systems first in name order, each followed by its modules, theirs in turn (OPUS >
 * OPUS-løn; ESDH > GoPro > GoPro Personale). `depth` is 0 for a top-level system; `module` is
 * true below it. A parent cycle or a parent outside the list makes a system top-level.
 */
export function sortSystems<S extends { id: string; name: string; parent?: { id: string } | null }>(
  systems: readonly S[],
): (S & { module: boolean; depth: number })[] {
  const byName = (a: S, b: S) => compareDanish(a.name, b.name);
  const ids = new Set(systems.map((s) => s.id));
  const out: (S & { module: boolean; depth: number })[] = [];
  const placed = new Set<string>();
  const place = (system: S, depth: number) => {
    if (placed.has(system.id)) return;
    placed.add(system.id);
    out.push({ ...system, module: depth > 0, depth });
    for (const child of systems.filter((s) => s.parent?.id === system.id).sort(byName)) place(child, depth + 1);
  };
  for (const top of systems.filter((s) => !s.parent || !ids.has(s.parent.id)).sort(byName)) place(top, 0);
  // Whatever a parent cycle kept out of the tree still gets listed, at the top level.
  for (const rest of systems.filter((s) => !placed.has(s.id)).sort(byName)) place(rest, 0);
  return out;
}
