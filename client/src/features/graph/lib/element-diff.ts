import type { ElementDefinition } from "cytoscape";

/** What identifies an element's look: its data and classes. Same signature = nothing to patch. */
export function elementSignature(el: ElementDefinition): string {
  return JSON.stringify([el.data, el.classes ?? ""]);
}

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  update: ElementDefinition[];
  /** True when elements were added or removed: the layout must run again. */
  setChanged: boolean;
}

/** Patch plan from the elements on screen (id -> signature) to the next list. */
export function diffElements(current: ReadonlyMap<string, string>, next: readonly ElementDefinition[]): ElementDiff {
  const add: ElementDefinition[] = [];
  const update: ElementDefinition[] = [];
  const seen = new Set<string>();
  for (const el of next) {
    const id = String(el.data.id);
    seen.add(id);
    const before = current.get(id);
    if (before === undefined) add.push(el);
    else if (before !== elementSignature(el)) update.push(el);
  }
  const remove = [...current.keys()].filter((id) => !seen.has(id));
  return { add, remove, update, setChanged: add.length > 0 || remove.length > 0 };
}
