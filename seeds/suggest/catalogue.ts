/** The catalogue an earlier plan's facts give: its systems and organisations, names and aliases. */
import type { Facts } from "../facts/schema.js";
import type { CatalogueEntry } from "./types.js";

export function catalogueOf(facts: Facts): CatalogueEntry[] {
  return [
    ...facts.systems.map((s) => ({
      kind: "SYSTEM" as const,
      name: s.name,
      aliases: [...s.aliases],
      category: s.category,
    })),
    ...facts.organisations.map((o) => ({ kind: "ORGANISATION" as const, name: o.name, aliases: [...o.aliases] })),
  ];
}

/** One entry per name: later plans' spellings join the earlier entry of the same name. */
export function mergeCatalogue(entries: readonly CatalogueEntry[]): CatalogueEntry[] {
  const out: CatalogueEntry[] = [];
  for (const e of entries) {
    const same = out.find((o) => o.kind === e.kind && o.name.toLowerCase() === e.name.toLowerCase());
    if (same) same.aliases = [...new Set([...same.aliases, ...e.aliases])];
    else out.push({ ...e, aliases: [...e.aliases] });
  }
  return out;
}
