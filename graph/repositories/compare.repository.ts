/** Reads two plans for comparison (one read transaction) and stores planners' corrections of goal matches. */
import type { GraphDb, Tx } from "../driver.js";
import { NotFoundError } from "../errors.js";
import * as cypher from "../cypher/compare.cypher.js";
import {
  comparePlans,
  type Correction,
  type PlanComparisonRecord,
  type PlanSnapshot,
  type SnapshotEdge,
  type SnapshotGoal,
} from "./algorithms/compare-plans.js";
import { recordAudit, type Actor } from "./audit.repository.js";
import type { StoredNode } from "./records.js";

async function snapshot(tx: Tx, planId: string): Promise<PlanSnapshot> {
  const [plan] = await tx.run(cypher.planExists, { planId });
  if (!plan) throw new NotFoundError(`Plan "${planId}" was not found.`);
  const goals = await tx.run<SnapshotGoal & Record<string, unknown>>(cypher.goals, { planId });
  const systems = await tx.run<{ system: StoredNode }>(cypher.systems, { planId });
  const milestones = await tx.run<{ milestone: StoredNode; holderId: string | null }>(cypher.milestones, { planId });
  const dependencies = await tx.run<SnapshotEdge & Record<string, unknown>>(cypher.dependencies, { planId });
  return { planId, goals, systems: systems.map((s) => s.system), milestones, dependencies };
}

export async function comparePlanGraphs(db: GraphDb, from: string, to: string): Promise<PlanComparisonRecord> {
  return db.read("compare-plans", async (tx) => {
    const a = await snapshot(tx, from);
    const b = await snapshot(tx, to);
    const corrections = await tx.run<Correction & Record<string, unknown>>(cypher.corrections, { from, to });
    return comparePlans(a, b, corrections);
  });
}

/** Stores a planner's correction: `fromGoal` matches `toGoal`, or (one of them null) has no match. */
export async function correctGoalMatch(
  db: GraphDb,
  actor: Actor,
  input: { from: string; to: string; fromGoal: string | null; toGoal: string | null },
): Promise<void> {
  await db.write("correct-goal-match", async (tx) => {
    await tx.run(cypher.saveCorrection, { ...input, actor: actor.id });
    await recordAudit(tx, actor, {
      action: "correct-goal-match",
      kind: "GoalMatch",
      nodeId: input.fromGoal ?? input.toGoal ?? "",
      planId: input.to,
      before: null,
      after: input,
    });
  });
}
