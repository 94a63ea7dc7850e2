/**
 * The import journey on the server: a .docx made from the 2009 plan is imported with no
 * facts file, its suggestions are stored apart from the graph (with the 2010 fixture's
 * systems as the catalogue), a planner accepts, rejects and edits through GraphQL (each
 * audited), facts:export writes the reviewed facts, and loading that file gives the same
 * graph. Bad files write nothing.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { countPlan } from "../../../graph/repositories/plan-load.repository.js";
import { ImportError } from "../../../seeds/import/errors.js";
import { importPlan } from "../../../seeds/import/import-plan.js";
import { seedPlan } from "../../../seeds/seed-plans.js";
import { exportPlanFacts } from "../../../seeds/suggest/export-cli.js";
import { PLANNER, READER, testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { operation } from "../../helpers/operation.js";
import { markdownToDocx } from "../../unit/import/make-docx.js";
import { readFileSync } from "node:fs";

const PLAN_ID = "import-okf-2009";
const FIXTURE_2010 = {
  planFile: path.resolve("seeds/fixtures/virksomhedsplan-2010.md"),
  factsFile: path.resolve("seeds/fixtures/virksomhedsplan-2010.facts.yaml"),
};
const LIST = operation<{ suggestions: S[] }, { status: string | null }>(
  `query ($status: SuggestionStatus) { suggestions(planId: "${PLAN_ID}", status: $status) { id kind label quote section confidence rule status fromId toId from { id } to { id } factId version } }`,
);

let db: GraphDb;
let api: Awaited<ReturnType<typeof testApi>>;
const dir = mkdtempSync(path.join(tmpdir(), "plangraf-import-"));

type S = {
  id: string;
  kind: string;
  label: string;
  rule: string;
  status: string;
  quote: string;
  section: string;
  confidence: number;
  version: number;
  fromId: string | null;
  toId: string | null;
  factId: string | null;
  from: { id: string } | null;
  to: { id: string } | null;
};

async function list(status?: string): Promise<S[]> {
  const { data, errors } = await api.run(LIST, { status: status ?? null });
  expect(errors).toBeUndefined();
  return data!.suggestions;
}

async function totalNodes(): Promise<number> {
  const [row] = await db.read("count", (tx) => tx.run<{ n: number }>("MATCH (n) RETURN count(n) AS n"));
  return row!.n;
}

beforeAll(async () => {
  db = testDb();
  await seedPlan(db, FIXTURE_2010);
  api = await testApi(db);
  const docx = path.join(dir, "virksomhedsplan-2009.docx");
  writeFileSync(docx, await markdownToDocx(readFileSync("seeds/virksomhedsplan-2009.md", "utf8")));
  await importPlan(db, { file: docx, planId: PLAN_ID });
});

afterAll(async () => {
  await db.write("cleanup", (tx) =>
    tx.run("MATCH (n) WHERE n.planId IN [$id, 'ltk-okf-2010'] OR (n:PlanSource AND n.planId = $id) DETACH DELETE n", {
      id: PLAN_ID,
    }),
  );
  await api.stop();
  await db.close();
});

describe("import, review, export", () => {
  it("stores open suggestions of every kind, each with quote, section, confidence and rule", async () => {
    const all = await list();
    expect(new Set(all.map((s) => s.kind))).toEqual(
      new Set(["SYSTEM", "ORGANISATION", "MILESTONE", "DEPENDENCY", "COORDINATION", "OWNER"]),
    );
    expect(
      all.every(
        (s) =>
          s.status === "OPEN" &&
          s.quote !== "" &&
          s.section !== "" &&
          s.confidence > 0 &&
          s.confidence <= 1 &&
          s.rule !== "",
      ),
    ).toBe(true);
    // The catalogue carries earlier names over: OPUS comes from the 2010 fixture's facts.
    expect(all.find((s) => s.kind === "SYSTEM" && s.label === "OPUS")?.rule).toBe("catalogue");
  });

  it("accepts, rejects and edits, audited, and needs the planner role", async () => {
    const all = await list("OPEN");
    const opus = all.find((s) => s.kind === "SYSTEM" && s.label === "OPUS")!;
    const denied = await api.run(`mutation { acceptSuggestion(id: "${opus.id}") { id } }`, {}, READER);
    expect(denied.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const accepted = await api.run<{ acceptSuggestion: unknown }>(
      `mutation { acceptSuggestion(id: "${opus.id}") { status factId } }`,
      {},
      PLANNER,
    );
    expect(accepted.data!.acceptSuggestion).toEqual({ status: "ACCEPTED", factId: `${PLAN_ID}:system:opus` });
    const twice = await api.run(`mutation { acceptSuggestion(id: "${opus.id}") { status } }`, {}, PLANNER);
    expect(twice.errors?.[0]?.extensions?.code).toBe("CONFLICT");

    const milestone = all.find(
      (s) => s.kind === "MILESTONE" && s.label.endsWith("inden 1. juli 2009") && s.fromId !== null,
    )!;
    const m = await api.run<{ acceptSuggestion: { status: string; to: { id: string } } }>(
      `mutation { acceptSuggestion(id: "${milestone.id}") { status to { id } } }`,
      {},
      PLANNER,
    );
    expect(m.errors).toBeUndefined();
    expect(m.data!.acceptSuggestion.to.id).toBe(milestone.toId);

    const org = all.find((s) => s.kind === "ORGANISATION")!;
    const rejected = await api.run<{ rejectSuggestion: { status: string } }>(
      `mutation { rejectSuggestion(id: "${org.id}") { status } }`,
      {},
      PLANNER,
    );
    expect(rejected.data!.rejectSuggestion.status).toBe("REJECTED");

    const link = all.find((s) => s.kind === "DEPENDENCY")!;
    const edited = await api.run<{ editSuggestion: unknown }>(
      `mutation ($id: ID!) { editSuggestion(id: $id, patch: { kind: COORDINATION }) { kind status version } }`,
      { id: link.id },
      PLANNER,
    );
    expect(edited.data!.editSuggestion).toEqual({ kind: "COORDINATION", status: "OPEN", version: 2 });
    const edge = await api.run<{ acceptSuggestion: { status: string; factId: string } }>(
      `mutation ($id: ID!) { acceptSuggestion(id: $id) { status factId } }`,
      { id: link.id },
      PLANNER,
    );
    expect(edge.data!.acceptSuggestion.factId).toContain("|COORDINATES_WITH|");

    const audit = await api.run<{ auditLog: { action: string; actor: string }[] }>(
      `{ auditLog(nodeId: "${PLAN_ID}:system:opus", limit: 5) { action actor } }`,
      {},
      PLANNER,
    );
    expect(audit.data!.auditLog[0]).toMatchObject({ action: "accept-suggestion", actor: PLANNER.id });
  });

  it("accepting an owner before its system is refused with a reason", async () => {
    const owner = (await list("OPEN")).find((s) => s.kind === "OWNER" && !s.toId?.endsWith(":system:opus"))!;
    const { errors } = await api.run(`mutation { acceptSuggestion(id: "${owner.id}") { status } }`, {}, PLANNER);
    expect(errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(errors?.[0]?.message).toMatch(/accept the suggestion that names it first/);
  });

  it("facts:export writes the reviewed facts, and loading them gives the same graph", async () => {
    const before = await countPlan(db, PLAN_ID);
    const yaml = await exportPlanFacts(db, PLAN_ID);
    expect(yaml).toContain("id: opus");
    const source = await db.read("source", (tx) =>
      tx.run<{ markdown: string; file: string }>(
        "MATCH (p:PlanSource {planId: $id}) RETURN p.markdown AS markdown, p.file AS file",
        { id: PLAN_ID },
      ),
    );
    const planFile = path.join(dir, source[0]!.file);
    writeFileSync(planFile, source[0]!.markdown);
    const factsFile = path.join(dir, "reviewed.facts.yaml");
    writeFileSync(factsFile, yaml);
    const report = await seedPlan(db, { planFile, factsFile });
    expect(report.removedNodes).toBe(0);
    const after = await countPlan(db, PLAN_ID);
    expect(after.nodes).toEqual(before.nodes);
    // Detection adds the USES edges of the accepted system, as it would for any facts file.
    expect({ ...after.relationships, USES: 0 }).toEqual({ ...before.relationships, USES: 0 });
    expect(await exportPlanFacts(db, PLAN_ID)).toBe(yaml);
  });

  it("round trip of a curated plan: exporting the 2010 fixture and loading the export changes nothing", async () => {
    const yaml = await exportPlanFacts(db, "ltk-okf-2010");
    const factsFile = path.join(dir, "ltk-okf-2010.facts.yaml");
    writeFileSync(factsFile, yaml);
    const before = await countPlan(db, "ltk-okf-2010");
    const report = await seedPlan(db, { planFile: FIXTURE_2010.planFile, factsFile });
    expect([report.removedNodes, report.removedRelationships]).toEqual([0, 0]);
    expect(await countPlan(db, "ltk-okf-2010")).toEqual(before);
    expect(await exportPlanFacts(db, "ltk-okf-2010")).toBe(yaml);
  });

  it.each([
    ["not-a-plan.md", "Et referat\n\nIngen plan her.\n", /not a plan/],
    [
      "no-departments.md",
      "# Økonomisk Forvaltnings virksomhedsplan 2011\n\nKun en indledning.\n",
      /no departments found/,
    ],
    ["encrypted.docx", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), /encrypted/],
    ["corrupt.docx", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), /corrupt \.docx/],
  ])("%s gets a one-line reason and writes nothing", async (name, content, reason) => {
    const file = path.join(dir, name);
    writeFileSync(file, content);
    const nodes = await totalNodes();
    const error = await importPlan(db, { file, planId: "bad-plan" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain("\n");
    expect(await totalNodes()).toBe(nodes);
  });
});
