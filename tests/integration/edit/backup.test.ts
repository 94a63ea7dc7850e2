/**
 * Plan backups: a whole plan exported, wiped, restored and exported again gives the same
 * export; hostile or careless files are refused before anything is written; shrinking a plan
 * needs `force`; every restore is in the audit trail.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { auditLog } from "../../../graph/repositories/audit.repository.js";
import {
  exportPlan,
  parseBackup,
  restorePlan,
  type PlanBackup,
} from "../../../graph/repositories/backup.repository.js";
import { testDb } from "../../helpers/graph.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";

const planId = "test-backup";
const actor = { id: "cli:tester", role: "admin" };
const base = { format: "plangraf-plan-backup", formatVersion: 1, exportedAt: "" } as const;
const planNode = (id: string) => ({ id, kind: "Plan", planId: id, name: "Ond plan", year: 2030 });

describe("plan backup", () => {
  let db: GraphDb;
  let original: PlanBackup;
  const fingerprint = async () => {
    const dump = await exportPlan(db, planId);
    return { ...dump, exportedAt: "" };
  };
  beforeAll(async () => {
    db = testDb();
    await removePlan(db, planId);
    await removePlan(db, "evil");
    await loadFixturePlan(db, planId);
    original = JSON.parse(JSON.stringify(await exportPlan(db, planId))) as PlanBackup;
  });
  afterAll(async () => {
    await removePlan(db, planId);
    await removePlan(db, "evil");
    await db.close();
  });

  it("round-trips a plan losslessly through JSON, and records the restore in the audit trail", async () => {
    expect(original.nodes.length).toBeGreaterThan(10);
    await removePlan(db, planId);
    const counts = await restorePlan(db, parseBackup(original), { actor, source: "plan.json" });
    expect(counts).toEqual({
      nodes: original.nodes.length,
      edges: original.edges.length,
      replacedNodes: 0,
      replacedEdges: 0,
    });
    expect(await fingerprint()).toEqual({ ...original, exportedAt: "" });
    const [entry] = await auditLog(db, { nodeId: planId, since: null, limit: 1 });
    expect(entry).toMatchObject({ action: "restore", kind: "Plan", actor: "cli:tester", planId });
    expect(JSON.parse(entry!.after)).toMatchObject({ nodes: original.nodes.length, source: "plan.json" });
  });

  const fixtureIds = () => ({ a: `${planId}:it:b`, b: `${planId}:it:a` });
  const HOSTILE: [string, () => unknown, RegExp][] = [
    ["not a backup", () => ({ hello: 1 }), /format/],
    [
      "an unknown node kind",
      () => ({ ...base, planId: "p", nodes: [{ id: "p:x", kind: "Spaceship", planId: "p" }], edges: [] }),
      /nodes\.0\.kind/,
    ],
    [
      "an unknown relationship type",
      () => ({ ...base, planId: "p", nodes: [], edges: [{ from: "a", to: "b", type: "HACKS", props: {} }] }),
      /edges\.0\.type/,
    ],
    [
      "a plan without nodes that adds an edge between another plan's nodes",
      () => ({
        ...base,
        planId: "evil",
        nodes: [],
        edges: [{ from: fixtureIds().a, to: fixtureIds().b, type: "DEPENDS_ON", props: {} }],
      }),
      /not a node of the backup/,
    ],
    [
      "an edge from the backup's plan into another plan",
      () => ({
        ...base,
        planId: "evil",
        nodes: [
          planNode("evil"),
          { id: "evil:g", kind: "Goal", planId: "evil", name: "G", departmentId: "evil:d", letter: "A", title: "G" },
          { id: "evil:d", kind: "Department", planId: "evil", name: "D" },
        ],
        edges: [{ from: "evil:g", to: fixtureIds().b, type: "DEPENDS_ON", props: {} }],
      }),
      /to is not a node of the backup/,
    ],
    [
      "a Plan node without name or year",
      () => ({ ...base, planId: "evil", nodes: [{ id: "evil", kind: "Plan", planId: "evil" }], edges: [] }),
      /Plan\.name.*\n.*Plan\.year/,
    ],
    [
      "a node of another plan",
      () => ({
        ...base,
        planId: "evil",
        nodes: [planNode("evil"), { id: `${planId}:x`, kind: "Organisation", planId, name: "X" }],
        edges: [],
      }),
      /belongs to plan test-backup/,
    ],
    [
      "an id outside the plan's id space",
      () => ({
        ...base,
        planId: "evil",
        nodes: [planNode("evil"), { id: `${planId}:it`, kind: "Department", planId: "evil", name: "IT" }],
        edges: [],
      }),
      /start with "evil:"/,
    ],
    [
      "an endpoint pair the relationship table forbids",
      () => ({
        ...base,
        planId: "evil",
        nodes: [
          planNode("evil"),
          { id: "evil:d", kind: "Department", planId: "evil", name: "D" },
          { id: "evil:s", kind: "System", planId: "evil", name: "S", category: "system" },
        ],
        edges: [{ from: "evil:d", to: "evil:s", type: "USES", props: {} }],
      }),
      /USES joins Goal\/Initiative\/StatusItem to System, not Department to System/,
    ],
    [
      "an initiative whose goal is not in the backup",
      () => ({
        ...base,
        planId: "evil",
        nodes: [
          planNode("evil"),
          {
            id: "evil:i",
            kind: "Initiative",
            planId: "evil",
            name: "I",
            goalId: fixtureIds().b,
            ordinal: 1,
            text: "I",
          },
        ],
        edges: [],
      }),
      /goalId .* is not a Goal of the backup/,
    ],
    [
      "the same id twice",
      () => ({
        ...base,
        planId: "evil",
        nodes: [
          planNode("evil"),
          { id: "evil:o", kind: "Organisation", planId: "evil", name: "O" },
          { id: "evil:o", kind: "Organisation", planId: "evil", name: "O2" },
        ],
        edges: [],
      }),
      /occurs twice/,
    ],
    [
      "a milestone with an unknown precision",
      () => ({
        ...base,
        planId: "evil",
        nodes: [
          planNode("evil"),
          { id: "evil:m", kind: "Milestone", planId: "evil", name: "M", date: "2030-01-01", precision: "SOMETIME" },
        ],
        edges: [],
      }),
      /Milestone\.precision/,
    ],
    [
      "a property name that is not a plain name",
      () => ({ ...base, planId: "evil", nodes: [{ ...planNode("evil"), "x` = 1 //": 1 }], edges: [] }),
      /property names/,
    ],
  ];
  it.each(HOSTILE)("refuses %s and writes nothing", async (_label, make, message) => {
    const before = await fingerprint();
    const input = make();
    expect(() => parseBackup(input)).toThrow(message);
    await expect(restorePlan(db, input as PlanBackup, { actor })).rejects.toThrow(message);
    expect(await fingerprint()).toEqual(before);
    expect((await exportPlan(db, "evil")).nodes).toEqual([]);
  });

  it("refuses to replace a plan by an empty or much smaller one without force", async () => {
    const before = await fingerprint();
    const empty = { ...base, planId, nodes: [original.nodes.find((n) => n.kind === "Plan")!], edges: [] };
    await expect(restorePlan(db, empty as PlanBackup, { actor })).rejects.toThrow(/needs --force/);
    expect(await fingerprint()).toEqual(before);
    const counts = await restorePlan(db, empty as PlanBackup, { actor, force: true });
    expect(counts).toMatchObject({ nodes: 1, edges: 0, replacedNodes: original.nodes.length });
    await restorePlan(db, original, { actor });
    expect(await fingerprint()).toEqual({ ...original, exportedAt: "" });
  });
});
