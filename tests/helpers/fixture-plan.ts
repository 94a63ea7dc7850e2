/**
 * A small, hand-made plan graph for tests that need their own data (each test file uses
 * its own planId and removes it afterwards): two departments, goals with initiatives, a
 * system with a module, an organisation, a milestone, and a cross-department dependency.
 */
import type { GraphDb } from "../../graph/driver.js";
import type { PlanGraph, PlanGraphEdge, PlanGraphNode } from "../../graph/model.js";
import { loadPlanGraph } from "../../graph/repositories/plan-load.repository.js";

export function fixturePlan(planId: string): PlanGraph {
  const id = (local: string) => `${planId}:${local}`;
  const nodes: PlanGraphNode[] = [
    {
      kind: "Plan",
      id: planId,
      planId,
      name: `Testplan ${planId}`,
      source: "",
      municipality: "Testby Kommune",
      administration: "Forvaltning",
      year: 2030,
      intro: "",
    },
    {
      kind: "Department",
      id: id("it"),
      planId,
      name: "IT-afdelingen",
      source: "IT",
      vision: "",
      mainTasks: [],
      resources: "",
      staff: 5,
      salaryBudget: null,
    },
    {
      kind: "Department",
      id: id("oekonomi"),
      planId,
      name: "Økonomiafdelingen",
      source: "Ø",
      vision: "",
      mainTasks: [],
      resources: "",
      staff: 7,
      salaryBudget: null,
    },
    {
      kind: "Goal",
      id: id("it:a"),
      planId,
      name: "A. Infrastruktur",
      source: "IT > A",
      departmentId: id("it"),
      letter: "A",
      title: "Infrastruktur",
      mainGoal: "Ny infrastruktur.",
      strategy: "EU-udbud.",
    },
    {
      kind: "Goal",
      id: id("it:b"),
      planId,
      name: "B. Virtualisering",
      source: "IT > B",
      departmentId: id("it"),
      letter: "B",
      title: "Virtualisering",
      mainGoal: "Færre servere.",
      strategy: "",
    },
    {
      kind: "Goal",
      id: id("oekonomi:a"),
      planId,
      name: "A. Økonomisystem",
      source: "Ø > A",
      departmentId: id("oekonomi"),
      letter: "A",
      title: "Økonomisystem",
      mainGoal: "Nyt økonomisystem.",
      strategy: "",
    },
    {
      kind: "Initiative",
      id: id("it:a:1"),
      planId,
      name: "Nyt netværk",
      source: "IT > A",
      goalId: id("it:a"),
      ordinal: 1,
      text: "Nyt netværk.",
    },
    {
      kind: "Initiative",
      id: id("oekonomi:a:1"),
      planId,
      name: "Indfør systemet",
      source: "Ø > A",
      goalId: id("oekonomi:a"),
      ordinal: 1,
      text: "Indfør systemet.",
    },
    {
      kind: "System",
      id: id("system:oes"),
      planId,
      name: "ØkoSys",
      source: "",
      category: "system",
      aliases: ["ØkoSys"],
      description: "",
    },
    {
      kind: "System",
      id: id("system:oes-indkoeb"),
      planId,
      name: "ØkoSys Indkøb",
      source: "",
      category: "module",
      aliases: [],
      description: "",
    },
    {
      kind: "Organisation",
      id: id("org:leverandoer"),
      planId,
      name: "Leverandøren",
      source: "",
      aliases: [],
      description: "",
      unitOf: null,
    },
    {
      kind: "Milestone",
      id: id("milestone:net"),
      planId,
      name: "Nyt net klar",
      source: "",
      date: "2030-07-01",
      endDate: null,
      dateText: "1. juli 2030",
      precision: "DAY",
      timing: "DEADLINE",
      past: false,
    },
  ];
  const e = (
    from: string,
    type: PlanGraphEdge["type"],
    to: string,
    origin: PlanGraphEdge["origin"] = "curated",
  ): PlanGraphEdge => ({
    from: from === planId ? planId : id(from),
    to: id(to),
    type,
    evidence: `${from} ${type} ${to}`,
    section: "test",
    inferred: false,
    reason: null,
    origin,
  });
  const edges: PlanGraphEdge[] = [
    e(planId, "HAS_DEPARTMENT", "it", "structure"),
    e(planId, "HAS_DEPARTMENT", "oekonomi", "structure"),
    e("it", "OWNS", "it:a", "structure"),
    e("it", "OWNS", "it:b", "structure"),
    e("oekonomi", "OWNS", "oekonomi:a", "structure"),
    e("it:a", "HAS_INITIATIVE", "it:a:1", "structure"),
    e("oekonomi:a", "HAS_INITIATIVE", "oekonomi:a:1", "structure"),
    e("it:b", "DEPENDS_ON", "it:a"),
    e("it:a", "HAS_MILESTONE", "milestone:net"),
    e("oekonomi:a:1", "USES", "system:oes-indkoeb"),
    e("system:oes-indkoeb", "PART_OF", "system:oes"),
    e("oekonomi:a", "DEPENDS_ON", "it:a"),
    e("it:a:1", "INVOLVES", "org:leverandoer"),
  ];
  return { planId, nodes, edges };
}

export async function loadFixturePlan(db: GraphDb, planId: string): Promise<PlanGraph> {
  const graph = fixturePlan(planId);
  await loadPlanGraph(db, graph);
  return graph;
}

export async function removePlan(db: GraphDb, planId: string): Promise<void> {
  await db.write("remove-plan", (tx) => tx.run("MATCH (n:Entity {planId: $planId}) DETACH DELETE n", { planId }));
  await db.write("remove-audit", (tx) => tx.run("MATCH (a:AuditEntry {planId: $planId}) DELETE a", { planId }));
  await db.write("remove-tombstones", (tx) => tx.run("MATCH (t:DeletedId {planId: $planId}) DELETE t", { planId }));
}
