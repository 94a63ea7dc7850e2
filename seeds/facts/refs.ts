/**
 * The reference scheme of facts files and the global ids of graph nodes.
 *
 * Local refs (what a facts file writes)        Global ids (what the graph stores)
 *   plan                                        <planId>
 *   dept:<dept>                                 <planId>:<dept>
 *   goal:<dept>/<LETTER>                        <planId>:<dept>:<letter>
 *   initiative:<dept>/<LETTER>/<n>              <planId>:<dept>:<letter>:<n>
 *   status:<dept>/<n>                           <planId>:<dept>:status-<year>:<n>
 *   theme:<year>/<n>                            <planId>:theme-<year>:<n>
 *   system:<id> | org:<id> | milestone:<id>     <planId>:system:<id> | :org:<id> | :milestone:<id>
 * <dept> is the department name slugged (æ→ae, ø→oe, å→aa): "Økonomiafdelingen" ->
 * "oekonomiafdelingen"; <LETTER> is the goal letter as the body gives it; <n> is 1-based
 * in document order.
 */
import type { NodeKind } from "../../graph/model.js";
import type { ParsedPlan } from "../parser/types.js";
import { slugify } from "../../graph/stored.js";
import type { Facts } from "./schema.js";

export interface RefTarget {
  id: string;
  kind: NodeKind;
  /** Heading path of the target in the plan ("" when it has none, e.g. a system). */
  section: string;
}

export const ids = {
  department: (planId: string, name: string) => `${planId}:${slugify(name)}`,
  goal: (deptId: string, letter: string) => `${deptId}:${letter.toLowerCase()}`,
  initiative: (goalId: string, ordinal: number) => `${goalId}:${ordinal}`,
  status: (deptId: string, year: number, ordinal: number) => `${deptId}:status-${year}:${ordinal}`,
  theme: (planId: string, year: number, ordinal: number) => `${planId}:theme-${year}:${ordinal}`,
  system: (planId: string, id: string) => `${planId}:system:${id}`,
  organisation: (planId: string, id: string) => `${planId}:org:${id}`,
  milestone: (planId: string, id: string) => `${planId}:milestone:${id}`,
};

/** Every local ref a facts file may use, mapped to its node. */
export function buildRefTable(plan: ParsedPlan, facts: Facts): Map<string, RefTarget> {
  const table = new Map<string, RefTarget>();
  const planId = plan.planId;
  table.set("plan", { id: planId, kind: "Plan", section: plan.title });
  for (const d of plan.departments) {
    const key = slugify(d.name);
    const deptId = ids.department(planId, d.name);
    table.set(`dept:${key}`, { id: deptId, kind: "Department", section: d.section });
    for (const s of d.statusItems) {
      table.set(`status:${key}/${s.ordinal}`, {
        id: ids.status(deptId, s.year, s.ordinal),
        kind: "StatusItem",
        section: s.section,
      });
    }
    for (const g of d.goals) {
      const goalId = ids.goal(deptId, g.letter);
      table.set(`goal:${key}/${g.letter}`, { id: goalId, kind: "Goal", section: g.section });
      for (const i of g.initiatives) {
        table.set(`initiative:${key}/${g.letter}/${i.ordinal}`, {
          id: ids.initiative(goalId, i.ordinal),
          kind: "Initiative",
          section: i.section,
        });
      }
    }
  }
  for (const t of plan.themes) {
    table.set(`theme:${t.year}/${t.ordinal}`, {
      id: ids.theme(planId, t.year, t.ordinal),
      kind: "Theme",
      section: t.section,
    });
  }
  for (const s of facts.systems)
    table.set(`system:${s.id}`, { id: ids.system(planId, s.id), kind: "System", section: "" });
  for (const o of facts.organisations)
    table.set(`org:${o.id}`, { id: ids.organisation(planId, o.id), kind: "Organisation", section: "" });
  for (const m of facts.milestones)
    table.set(`milestone:${m.id}`, { id: ids.milestone(planId, m.id), kind: "Milestone", section: "" });
  return table;
}

/** Refs that look close to an unknown one, to put in the error message. */
export function suggestRefs(table: ReadonlyMap<string, RefTarget>, ref: string, max = 3): string[] {
  const [prefix, rest = ""] = ref.split(":");
  const head = rest.split("/")[0] ?? "";
  return [...table.keys()]
    .filter((k) => k.startsWith(`${prefix}:${head}`) || (head !== "" && k.includes(head)))
    .slice(0, max);
}
