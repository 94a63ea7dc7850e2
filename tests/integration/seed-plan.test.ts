/**
 * The 2009 plan in a real Neo4j: concrete facts of the plan, idempotent loading, a broken
 * facts file that writes nothing, and a second plan that loads with the same code.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../graph/driver.js";
import { countPlan } from "../../graph/repositories/plan-load.repository.js";
import { evidenceIsInPlan, PlanValidationError } from "../../seeds/build-plan-graph.js";
import { SEED_PLANS, seedPlan } from "../../seeds/seed-plans.js";
import { testDb } from "../helpers/graph.js";
import { SEED_PLAN_ID } from "../helpers/seed.js";

const seeds = path.resolve(import.meta.dirname, "../../seeds");
const planText = readFileSync(path.join(seeds, "virksomhedsplan-2009.md"), "utf8");
const id = (local: string) => `${SEED_PLAN_ID}:${local}`;

describe("the 2009 plan in Neo4j", () => {
  let db: GraphDb;
  const read = <T extends Record<string, unknown>>(cypher: string, params: Record<string, unknown> = {}) =>
    db.read("test", (tx) => tx.run<T>(cypher, params));

  beforeAll(async () => {
    db = testDb();
    await seedPlan(db, SEED_PLANS[0]!);
  });
  afterAll(async () => {
    await db.write("cleanup", (tx) => tx.run("MATCH (n:Entity {planId: 'sbk-tmf-2012'}) DETACH DELETE n"));
    await db.close();
  });

  it("stores whole numbers (year, positions, head counts, versions) as integers", async () => {
    const rows = await read<{ property: string; types: string[] }>(
      `UNWIND ['year', 'ordinal', 'staff', 'version'] AS property
       MATCH (n:Entity {planId: $planId}) WHERE n[property] IS NOT NULL
       RETURN property, collect(DISTINCT valueType(n[property])) AS types ORDER BY property`,
      { planId: SEED_PLAN_ID },
    );
    expect(rows).toEqual([
      { property: "ordinal", types: ["INTEGER NOT NULL"] },
      { property: "staff", types: ["INTEGER NOT NULL"] },
      { property: "version", types: ["INTEGER NOT NULL"] },
      { property: "year", types: ["INTEGER NOT NULL"] },
    ]);
  });

  it("holds the four departments with their goal letters as the body gives them", async () => {
    const rows = await read<{ dept: string; letters: string[] }>(
      `MATCH (:Plan {id: $planId})-[:HAS_DEPARTMENT]->(d:Department)-[:OWNS]->(g:Goal)
       WITH d, g ORDER BY g.letter RETURN d.name AS dept, collect(g.letter) AS letters ORDER BY dept`,
      { planId: SEED_PLAN_ID },
    );
    expect(rows).toEqual([
      { dept: "Borgmestersekretariatet", letters: [..."ABCDEFGHIJKLMN"] },
      { dept: "IT-afdelingen", letters: [..."ABCDEFGH"] },
      { dept: "Personaleafdelingen", letters: [..."ABCDE"] },
      { dept: "Økonomiafdelingen", letters: [..."ABCDEFG"] },
    ]);
  });

  it("knows IT-afdelingen's Digitaliseringsstrategi depends on Focus.IT, with the plan's sentence", async () => {
    const rows = await read<{ title: string; evidence: string }>(
      `MATCH (g:Goal {id: $goal})-[:HAS_INITIATIVE*0..1]->(x)-[r:DEPENDS_ON|USES]->(s:System {id: $system})
       RETURN g.title AS title, r.evidence AS evidence`,
      { goal: id("it-afdelingen:e"), system: id("system:focus-it") },
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows[0]!.title).toBe("Digitaliseringsstrategi");
    expect(rows.some((r) => r.evidence.includes("Focus.IT projektet beskriver en lang række tiltag"))).toBe(true);
  });

  it("links OPUS modules to OPUS and records that OPUS replaces ØS", async () => {
    const modules = await read<{ name: string }>(
      `MATCH (m:System)-[:PART_OF]->(:System {id: $opus}) RETURN m.name AS name ORDER BY name`,
      { opus: id("system:opus") },
    );
    expect(modules.map((m) => m.name)).toEqual(expect.arrayContaining(["OPUS Økonomi", "OPUS e-indkøb"]));
    const replaced = await read<{ name: string }>(
      `MATCH (:System {id: $opus})-[:REPLACES]->(o) RETURN o.name AS name`,
      { opus: id("system:opus") },
    );
    expect(replaced.map((r) => r.name)).toContain("ØS");
  });

  it("keeps 2008 status items with their outcomes", async () => {
    const rows = await read<{ outcome: string }>(
      `MATCH (:Department {id: $dept})-[:HAS_STATUS]->(s:StatusItem) WHERE s.outcomeText CONTAINS 'Servicedesken er implementeret' RETURN s.outcome AS outcome`,
      { dept: id("it-afdelingen") },
    );
    expect(rows).toEqual([{ outcome: "DONE" }]);
  });

  it("has cross-department links, e.g. Personaleafdelingen C's initiative coordinated with Økonomiafdelingen's OPUS implementation", async () => {
    const rows = await read<{ to: string }>(
      `MATCH (:Initiative {id: $from})-[:COORDINATES_WITH]-(t) RETURN t.id AS to`,
      { from: id("personaleafdelingen:c:2") },
    );
    expect(rows.map((r) => r.to)).toContain(id("oekonomiafdelingen:a"));
  });

  it("stores only evidence that is in the plan, and evidence on every edge (an inferred one with its reason)", async () => {
    const rows = await read<{ evidence: string; inferred: boolean; reason: string }>(
      `MATCH (:Entity {planId: $planId})-[r]->() RETURN r.evidence AS evidence, r.inferred AS inferred, r.reason AS reason`,
      { planId: SEED_PLAN_ID },
    );
    expect(rows.length).toBeGreaterThan(300);
    expect(rows.filter((r) => r.evidence && !evidenceIsInPlan(planText, r.evidence))).toEqual([]);
    expect(rows.filter((r) => !r.evidence)).toEqual([]);
    expect(rows.filter((r) => r.inferred && !r.reason)).toEqual([]);
  });

  it("changes nothing when loaded a second time", async () => {
    const before = await countPlan(db, SEED_PLAN_ID);
    const report = await seedPlan(db, SEED_PLANS[0]!);
    expect(report.removedNodes + report.removedRelationships).toBe(0);
    expect(await countPlan(db, SEED_PLAN_ID)).toEqual(before);
  });

  it("writes nothing when the facts file is broken, and names file and line", async () => {
    const before = await countPlan(db, SEED_PLAN_ID);
    const dir = mkdtempSync(path.join(os.tmpdir(), "plangraf-broken-"));
    const facts = readFileSync(SEED_PLANS[0]!.factsFile, "utf8")
      .replace("id: opus-oekonomi\n", "id: opus-oekonomi\n    name: OPUS Økonomi (renamed)\n")
      .replace(/to: system:focus-it/, "to: system:no-such-system");
    const factsFile = path.join(dir, "broken.facts.yaml");
    writeFileSync(factsFile, facts);
    const planFile = path.join(dir, "virksomhedsplan-2009.md");
    writeFileSync(planFile, planText);
    const error = await seedPlan(db, { planFile, factsFile }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).message).toMatch(/broken\.facts\.yaml:\d+ /);
    expect(await countPlan(db, SEED_PLAN_ID)).toEqual(before);
  });

  it("loads a second plan, another municipality and year, with the same code as its own plan", async () => {
    const report = await seedPlan(db, {
      planFile: path.join(seeds, "fixtures/solbjerg-tmf-2012.md"),
      factsFile: path.join(seeds, "fixtures/solbjerg-tmf-2012.facts.yaml"),
    });
    expect(report.planId).toBe("sbk-tmf-2012");
    const plans = await read<{ id: string; year: number }>(
      `MATCH (p:Plan) WHERE p.id IN [$a, $b] RETURN p.id AS id, p.year AS year ORDER BY id`,
      { a: SEED_PLAN_ID, b: "sbk-tmf-2012" },
    );
    expect(plans).toEqual([
      { id: SEED_PLAN_ID, year: 2009 },
      { id: "sbk-tmf-2012", year: 2012 },
    ]);
    expect((await countPlan(db, SEED_PLAN_ID)).nodes.Department).toBe(4);
  });
});
