/**
 * The plan as the suggester reads it: each passage (heading, bullet, paragraph; the
 * contents and structural headings left out) with its section, line, year and speaker:
 * the initiative, goal, status line or department whose text it is.
 */
import { planPassages, type Passage } from "../coverage/passages.js";
import { sectionYear } from "../coverage/occurrences.js";
import { ids } from "../facts/refs.js";
import type { ParsedPlan } from "../parser/types.js";

export interface Speaker {
  id: string;
  kind: "Goal" | "Initiative" | "StatusItem" | "Department" | "Plan";
  /** The department it belongs to (null for the plan's introduction). */
  deptId: string | null;
  /** The goal it belongs to (itself for a goal; null outside goals). */
  goalId: string | null;
  name: string;
}

export interface LocatedPassage {
  passage: Passage;
  section: string;
  year: number;
  speaker: Speaker;
}

const prefix = (text: string) => text.replace(/\s+/gu, " ").trim().slice(0, 60);

export function planSpeakers(plan: ParsedPlan, markdown: string): LocatedPassage[] {
  const planSpeaker: Speaker = { id: plan.planId, kind: "Plan", deptId: null, goalId: null, name: plan.title };
  const out: LocatedPassage[] = [];
  for (const passage of planPassages(markdown, plan.sectionAt)) {
    if (passage.structural) continue;
    const section = plan.sectionAt(passage.line);
    const dept = plan.departments.find((d) => section === d.section || section.startsWith(`${d.section} > `));
    let speaker = planSpeaker;
    if (dept) {
      const deptId = ids.department(plan.planId, dept.name);
      speaker = { id: deptId, kind: "Department", deptId, goalId: null, name: dept.name };
      const goal = dept.goals.find((g) => section === g.section || section.startsWith(`${g.section} > `));
      const head = prefix(passage.text);
      if (goal) {
        const goalId = ids.goal(deptId, goal.letter);
        speaker = { id: goalId, kind: "Goal", deptId, goalId, name: `${goal.letter}. ${goal.title}` };
        const initiative = goal.initiatives.find(
          (i) => prefix(i.text).startsWith(head.slice(0, 40)) || head.startsWith(prefix(i.text).slice(0, 40)),
        );
        if (initiative)
          speaker = {
            id: ids.initiative(goalId, initiative.ordinal),
            kind: "Initiative",
            deptId,
            goalId,
            name: initiative.text.slice(0, 80),
          };
      } else {
        const status = dept.statusItems.find((s) => prefix(s.text).startsWith(head.slice(0, 40)));
        if (status)
          speaker = {
            id: ids.status(deptId, status.year, status.ordinal),
            kind: "StatusItem",
            deptId,
            goalId: null,
            name: status.text.slice(0, 80),
          };
      }
    }
    out.push({ passage, section, year: sectionYear(section, plan.year), speaker });
  }
  return out;
}
