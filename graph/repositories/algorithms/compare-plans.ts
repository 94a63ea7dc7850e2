/**
 * Comparing two plans (pure). Goals are matched one to one, best score first, by
 *   0.55 · title similarity + 0.25 · hovedmål similarity + 0.12 · same department + 0.08 · same letter
 * (text-similarity.ts), at least MATCH_THRESHOLD; a planner's stored correction wins over
 * the score. A matched goal is CONTINUED (same department, same title), RENAMED (same
 * department, another title) or MOVED (another department); an unmatched one is DROPPED
 * (in `from` only) or NEW (in `to` only). Departments are the same when their names are.
 * Initiatives are compared per matched goal by text; systems by name or alias; dependencies
 * by their two ends read through the goal matches, cross-department ones first; milestones
 * by id or name, moved when their dates differ.
 */
import type { StoredNode } from "../records.js";
import { similarity } from "./text-similarity.js";

export const MATCH_THRESHOLD = 0.6;
export const GOAL_CHANGES = ["CONTINUED", "RENAMED", "MOVED", "NEW", "DROPPED"] as const;
export type GoalChangeKind = (typeof GOAL_CHANGES)[number];

export interface SnapshotGoal {
  goal: StoredNode;
  department: string;
  initiatives: Array<{ id: string; text: string; ordinal: number }>;
}

export interface SnapshotEdge {
  type: string;
  from: StoredNode;
  to: StoredNode;
  evidence: string;
}

export interface PlanSnapshot {
  planId: string;
  goals: SnapshotGoal[];
  systems: StoredNode[];
  milestones: Array<{ milestone: StoredNode; holderId: string | null }>;
  dependencies: SnapshotEdge[];
}

export interface Correction {
  fromGoal: string | null;
  toGoal: string | null;
}

export interface GoalChangeRecord {
  change: GoalChangeKind;
  from: StoredNode | null;
  to: StoredNode | null;
  score: number | null;
  corrected: boolean;
}

export interface InitiativeChangeRecord {
  goal: StoredNode;
  added: string[];
  removed: string[];
}

export interface DependencyChangeRecord {
  type: string;
  from: StoredNode;
  to: StoredNode;
  evidence: string;
  crossDepartment: boolean;
}

export interface PlanComparisonRecord {
  fromPlanId: string;
  toPlanId: string;
  goals: GoalChangeRecord[];
  initiatives: InitiativeChangeRecord[];
  systemsIntroduced: StoredNode[];
  systemsRetired: StoredNode[];
  dependenciesAdded: DependencyChangeRecord[];
  dependenciesRemoved: DependencyChangeRecord[];
  milestonesMoved: Array<{ from: StoredNode; to: StoredNode }>;
}

const str = (v: unknown) => (typeof v === "string" ? v : "");
const norm = (v: unknown) =>
  str(v)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function goalScore(a: SnapshotGoal, b: SnapshotGoal): number {
  const s =
    0.55 * similarity(str(a.goal.title), str(b.goal.title)) +
    0.25 * similarity(str(a.goal.mainGoal), str(b.goal.mainGoal)) +
    (a.department === b.department ? 0.12 : 0) +
    (a.goal.letter === b.goal.letter ? 0.08 : 0);
  return Math.round(s * 1000) / 1000;
}

function matchGoals(from: PlanSnapshot, to: PlanSnapshot, corrections: readonly Correction[]): GoalChangeRecord[] {
  const usedFrom = new Set<string>();
  const usedTo = new Set<string>();
  const out: GoalChangeRecord[] = [];
  const byId = (list: SnapshotGoal[], id: string | null) => list.find((g) => g.goal.id === id);
  const classify = (a: SnapshotGoal, b: SnapshotGoal, score: number, corrected: boolean): GoalChangeRecord => {
    const change: GoalChangeKind =
      a.department !== b.department ? "MOVED" : norm(a.goal.title) === norm(b.goal.title) ? "CONTINUED" : "RENAMED";
    return { change, from: a.goal, to: b.goal, score, corrected };
  };
  for (const c of corrections) {
    const a = byId(from.goals, c.fromGoal);
    const b = byId(to.goals, c.toGoal);
    if (a) usedFrom.add(a.goal.id);
    if (b) usedTo.add(b.goal.id);
    if (a && b) out.push(classify(a, b, goalScore(a, b), true));
    else if (a) out.push({ change: "DROPPED", from: a.goal, to: null, score: null, corrected: true });
    else if (b) out.push({ change: "NEW", from: null, to: b.goal, score: null, corrected: true });
  }
  const pairs = from.goals
    .filter((a) => !usedFrom.has(a.goal.id))
    .flatMap((a) => to.goals.filter((b) => !usedTo.has(b.goal.id)).map((b) => ({ a, b, score: goalScore(a, b) })))
    .filter((p) => p.score >= MATCH_THRESHOLD)
    .sort((x, y) => y.score - x.score || x.a.goal.id.localeCompare(y.a.goal.id));
  for (const { a, b, score } of pairs) {
    if (usedFrom.has(a.goal.id) || usedTo.has(b.goal.id)) continue;
    usedFrom.add(a.goal.id);
    usedTo.add(b.goal.id);
    out.push(classify(a, b, score, false));
  }
  for (const a of from.goals)
    if (!usedFrom.has(a.goal.id))
      out.push({ change: "DROPPED", from: a.goal, to: null, score: null, corrected: false });
  for (const b of to.goals)
    if (!usedTo.has(b.goal.id)) out.push({ change: "NEW", from: null, to: b.goal, score: null, corrected: false });
  const order = (g: GoalChangeRecord) => GOAL_CHANGES.indexOf(g.change);
  return out.sort((x, y) => order(x) - order(y) || (x.to ?? x.from)!.id.localeCompare((y.to ?? y.from)!.id));
}

function compareInitiatives(from: PlanSnapshot, to: PlanSnapshot, goals: GoalChangeRecord[]): InitiativeChangeRecord[] {
  const out: InitiativeChangeRecord[] = [];
  for (const g of goals) {
    if (!g.from || !g.to) continue;
    const a = from.goals.find((x) => x.goal.id === g.from!.id)!.initiatives;
    const b = to.goals.find((x) => x.goal.id === g.to!.id)!.initiatives;
    const matched = new Set<string>();
    const removed: string[] = [];
    for (const i of a) {
      const same = b.find((j) => !matched.has(j.id) && similarity(i.text, j.text) >= 0.85);
      if (same) matched.add(same.id);
      else removed.push(i.text);
    }
    const added = b.filter((j) => !matched.has(j.id)).map((j) => j.text);
    if (added.length || removed.length) out.push({ goal: g.to, added, removed });
  }
  return out;
}

const names = (n: StoredNode) => [n.name, ...((n.aliases as string[] | undefined) ?? [])].map(norm);

function compareSystems(from: PlanSnapshot, to: PlanSnapshot) {
  const same = (a: StoredNode, b: StoredNode) => names(a).some((x) => names(b).includes(x));
  return {
    systemsIntroduced: to.systems.filter((b) => !from.systems.some((a) => same(a, b))),
    systemsRetired: from.systems.filter((a) => !to.systems.some((b) => same(a, b))),
  };
}

/** A node's identity across the two plans: goals through their match, the rest by kind and name. */
function keyer(planId: string, goalMap: ReadonlyMap<string, string>) {
  return (n: StoredNode): string => {
    if (n.kind === "Goal") return `goal:${goalMap.get(n.id) ?? n.id}`;
    if (n.kind === "Initiative") {
      const goalId = n.id.replace(/:\d+$/u, "");
      return `initiative:${goalMap.get(goalId) ?? goalId}:${n.id.split(":").at(-1)}`;
    }
    if (n.kind === "Department") return `dept:${n.id.slice(planId.length + 1)}`;
    return `${n.kind}:${norm(n.name)}`;
  };
}

function compareDependencies(from: PlanSnapshot, to: PlanSnapshot, goals: GoalChangeRecord[]) {
  const map = new Map(goals.filter((g) => g.from && g.to).map((g) => [g.from!.id, g.to!.id]));
  const identity = new Map(goals.filter((g) => g.to).map((g) => [g.to!.id, g.to!.id]));
  const keyA = keyer(from.planId, map);
  const keyB = keyer(to.planId, identity);
  const edgeKey = (k: (n: StoredNode) => string, e: SnapshotEdge) => `${e.type}|${k(e.from)}|${k(e.to)}`;
  const record = (e: SnapshotEdge): DependencyChangeRecord => {
    const a = e.from.owningDepartmentId ?? null;
    const b = e.to.owningDepartmentId ?? null;
    return {
      type: e.type,
      from: e.from,
      to: e.to,
      evidence: e.evidence,
      crossDepartment: a !== null && b !== null && a !== b,
    };
  };
  const inA = new Set(from.dependencies.map((e) => edgeKey(keyA, e)));
  const inB = new Set(to.dependencies.map((e) => edgeKey(keyB, e)));
  const crossFirst = (x: DependencyChangeRecord, y: DependencyChangeRecord) =>
    Number(y.crossDepartment) - Number(x.crossDepartment) || x.from.id.localeCompare(y.from.id);
  return {
    dependenciesAdded: to.dependencies
      .filter((e) => !inA.has(edgeKey(keyB, e)))
      .map(record)
      .sort(crossFirst),
    dependenciesRemoved: from.dependencies
      .filter((e) => !inB.has(edgeKey(keyA, e)))
      .map(record)
      .sort(crossFirst),
  };
}

function compareMilestones(from: PlanSnapshot, to: PlanSnapshot) {
  const local = (n: StoredNode, planId: string) => n.id.slice(planId.length + 1);
  const moved: Array<{ from: StoredNode; to: StoredNode }> = [];
  for (const { milestone: a } of from.milestones) {
    const b =
      to.milestones.map((m) => m.milestone).find((m) => local(m, to.planId) === local(a, from.planId)) ??
      to.milestones.map((m) => m.milestone).find((m) => norm(m.name) === norm(a.name));
    if (b && (a.date !== b.date || (a.endDate ?? null) !== (b.endDate ?? null))) moved.push({ from: a, to: b });
  }
  return moved;
}

export function comparePlans(
  from: PlanSnapshot,
  to: PlanSnapshot,
  corrections: readonly Correction[] = [],
): PlanComparisonRecord {
  const goals = matchGoals(from, to, corrections);
  return {
    fromPlanId: from.planId,
    toPlanId: to.planId,
    goals,
    initiatives: compareInitiatives(from, to, goals),
    ...compareSystems(from, to),
    ...compareDependencies(from, to, goals),
    milestonesMoved: compareMilestones(from, to),
  };
}
