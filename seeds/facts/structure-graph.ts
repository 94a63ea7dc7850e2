/**
 * The document's own shape as graph nodes and "structure" edges. Each structural edge
 * quotes the plan too: the department heading, the goal heading, the first sentence of
 * an initiative, status item or theme, as written.
 */
import type { PlanGraphEdge, PlanGraphNode } from "../../graph/model.js";
import { shortName, splitSentences } from "../parser/text.js";
import type { ParsedPlan } from "../parser/types.js";
import { ids } from "./refs.js";

export interface StructureInput {
  plan: ParsedPlan;
  municipality: string;
}

const firstSentence = (text: string) => splitSentences(text.split("\n")[0] ?? text)[0] ?? text;

function edge(from: string, to: string, type: PlanGraphEdge["type"], evidence: string, section: string): PlanGraphEdge {
  return { from, to, type, evidence, section, inferred: false, reason: null, origin: "structure" };
}

export function structureGraph({ plan, municipality }: StructureInput): {
  nodes: PlanGraphNode[];
  edges: PlanGraphEdge[];
} {
  const { planId } = plan;
  const base = { planId };
  const nodes: PlanGraphNode[] = [
    {
      ...base,
      kind: "Plan",
      id: planId,
      name: plan.title,
      source: plan.title,
      municipality,
      administration: plan.administration,
      year: plan.year,
      intro: plan.intro,
    },
  ];
  const edges: PlanGraphEdge[] = [];
  for (const t of plan.themes) {
    const id = ids.theme(planId, t.year, t.ordinal);
    nodes.push({ ...base, kind: "Theme", id, name: t.name, source: t.section, year: t.year, text: t.text });
    edges.push(edge(planId, id, "HAS_THEME", firstSentence(t.text), t.section));
  }
  for (const d of plan.departments) {
    const deptId = ids.department(planId, d.name);
    const { name, vision, mainTasks, resources, staff, salaryBudget } = d;
    nodes.push({
      ...base,
      kind: "Department",
      id: deptId,
      name,
      source: d.section,
      vision,
      mainTasks,
      resources,
      staff,
      salaryBudget,
    });
    edges.push(edge(planId, deptId, "HAS_DEPARTMENT", d.heading, d.section));
    for (const s of d.statusItems) {
      const id = ids.status(deptId, s.year, s.ordinal);
      const name = s.title ?? shortName(s.text);
      nodes.push({
        ...base,
        kind: "StatusItem",
        id,
        name,
        source: s.section,
        departmentId: deptId,
        year: s.year,
        text: s.text,
        outcome: s.outcome,
        outcomeText: s.outcomeText,
      });
      edges.push(edge(deptId, id, "HAS_STATUS", firstSentence(s.text), s.section));
    }
    for (const g of d.goals) {
      const goalId = ids.goal(deptId, g.letter);
      nodes.push({
        ...base,
        kind: "Goal",
        id: goalId,
        name: g.title,
        source: g.section,
        departmentId: deptId,
        letter: g.letter,
        title: g.title,
        mainGoal: g.mainGoal,
        strategy: g.strategy,
      });
      edges.push(edge(deptId, goalId, "OWNS", g.heading, g.section));
      for (const i of g.initiatives) {
        const id = ids.initiative(goalId, i.ordinal);
        nodes.push({
          ...base,
          kind: "Initiative",
          id,
          name: shortName(i.text),
          source: i.section,
          goalId,
          ordinal: i.ordinal,
          text: i.text,
        });
        edges.push(edge(goalId, id, "HAS_INITIATIVE", firstSentence(i.text), i.section));
      }
    }
  }
  return { nodes, edges };
}
