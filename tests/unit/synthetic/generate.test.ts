import { describe, expect, it } from "vitest";
import { NODE_KINDS, REL_TYPES, type PlanGraph } from "../../../graph/model.js";
import { generatePlan, generatePlans, planIdentity, planRangeForNodes } from "../../../graph/synthetic/generate.js";
import { createRng } from "../../../graph/synthetic/prng.js";
import { planGraphProblems } from "../../../graph/synthetic/shape.js";

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe("seeded PRNG", () => {
  it("gives the same sequence for the same seed and another for another seed", () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRng(seed).next);
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
  });

  it("keeps int() within its inclusive bounds", () => {
    const rng = createRng(1);
    const values = Array.from({ length: 500 }, () => rng.int(1, 6));
    expect(Math.min(...values)).toBe(1);
    expect(Math.max(...values)).toBe(6);
  });
});

describe("synthetic plan generator", () => {
  it("is deterministic: the same index and seed give the same plan", () => {
    expect(generatePlan(3)).toEqual(generatePlan(3));
    expect(generatePlan(3, { seed: 1 })).not.toEqual(generatePlan(3, { seed: 2 }));
  });

  it("does not depend on what else is generated: plan i is the same alone and in a sequence", () => {
    const sequence = [...generatePlans(0, 4)];
    expect(sequence[2]).toEqual(generatePlan(2));
  });

  it.each([0, 1, 7, 42])("plan %i validates against the model's shape", (index) => {
    expect(planGraphProblems(generatePlan(index))).toEqual([]);
  });

  it("is shaped like the real plan", () => {
    const plan = generatePlan(5);
    const kinds = countBy(plan.nodes, (n) => n.kind);
    expect(kinds.Plan).toBe(1);
    expect(kinds.Department).toBeGreaterThanOrEqual(4);
    expect(kinds.Department).toBeLessThanOrEqual(6);
    const goalsPerDepartment = Object.values(
      countBy(
        plan.edges.filter((e) => e.type === "OWNS"),
        (e) => e.from,
      ),
    );
    expect(Math.min(...goalsPerDepartment)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...goalsPerDepartment)).toBeLessThanOrEqual(14);
    const initiativesPerGoal = Object.values(
      countBy(
        plan.edges.filter((e) => e.type === "HAS_INITIATIVE"),
        (e) => e.from,
      ),
    );
    expect(initiativesPerGoal).toHaveLength(kinds.Goal!);
    expect(Math.min(...initiativesPerGoal)).toBeGreaterThanOrEqual(1);
    expect(Math.max(...initiativesPerGoal)).toBeLessThanOrEqual(6);
    for (const kind of NODE_KINDS) expect(kinds[kind], kind).toBeGreaterThan(0);
    const types = countBy(plan.edges, (e) => e.type);
    for (const type of REL_TYPES.filter((t) => t !== "REPLACES")) expect(types[type], type).toBeGreaterThan(0);
  });

  it("letters goals A, B, C ... per department", () => {
    const plan = generatePlan(0);
    const department = plan.nodes.find((n) => n.kind === "Department")!;
    const letters = plan.nodes
      .filter((n) => n.kind === "Goal" && n.departmentId === department.id)
      .map((n) => (n.kind === "Goal" ? n.letter : ""));
    expect(letters.join("")).toBe("ABCDEFGHIJKLMN".slice(0, letters.length));
  });

  it("has cross-department dependencies and modules of shared systems", () => {
    const plan = generatePlan(1);
    const owner = new Map<string, string>();
    for (const n of plan.nodes) {
      if (n.kind === "Department") owner.set(n.id, n.id);
      if (n.kind === "Goal") owner.set(n.id, n.departmentId);
    }
    for (const n of plan.nodes) if (n.kind === "Initiative") owner.set(n.id, owner.get(n.goalId)!);
    const cross = plan.edges.filter((e) => e.type === "DEPENDS_ON" && owner.get(e.from) !== owner.get(e.to));
    expect(cross.length).toBeGreaterThan(0);
    expect(plan.edges.some((e) => e.type === "PART_OF")).toBe(true);
    const systemUsers = countBy(
      plan.edges.filter((e) => e.type === "USES"),
      (e) => e.to,
    );
    expect(Math.max(...Object.values(systemUsers))).toBeGreaterThan(5);
  });

  it("gives every edge evidence and a section", () => {
    const plan = generatePlan(2);
    expect(plan.edges.every((e) => e.evidence.length > 0 && e.section.length > 0 && !e.inferred)).toBe(true);
  });

  it("gives plans distinct ids across municipalities and years", () => {
    const ids = Array.from({ length: 40 }, (_, i) => planIdentity(i).planId);
    expect(new Set(ids).size).toBe(40);
    const all: PlanGraph[] = [...generatePlans(0, 3)];
    const nodeIds = all.flatMap((p) => p.nodes.map((n) => n.id));
    expect(new Set(nodeIds).size).toBe(nodeIds.length);
  });

  it("sizes a prefix of plans to a node count, at about four relationships per node", () => {
    const range = planRangeForNodes(2_000);
    const plans = [...generatePlans(0, range.count)];
    const nodes = plans.reduce((s, p) => s + p.nodes.length, 0);
    expect(nodes).toBe(range.nodes);
    expect(nodes).toBeGreaterThanOrEqual(2_000);
    expect(nodes - plans.at(-1)!.nodes.length).toBeLessThan(2_000);
    expect(range.edges / range.nodes).toBeGreaterThan(3);
    expect(range.edges / range.nodes).toBeLessThan(5);
  });
});
