/**
 * The analysts' questions on the real 2009 plan (Lyngby-Taarbæk Kommune, Økonomisk
 * Forvaltning), through the real server. Nodes are looked up by name through the API, so
 * the test states the plan's facts, not the loader's id scheme.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { operation } from "../../helpers/operation.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { data, type Harness } from "./harness.js";

const h = {} as Harness;
type Ref = { id: string };
type Named = { name: string };
const ids = {
  goals: new Map<string, string>(),
  systems: new Map<string, string>(),
  milestones: [] as { id: string; name: string; dateText: string }[],
};
const goal = (department: string, letter: string) => ids.goals.get(`${department} ${letter}`)!;
const system = (name: string) => ids.systems.get(name)!;

beforeAll(async () => {
  h.db = testDb() as GraphDb;
  h.api = await testApi(h.db);
  await loadSeedPlan(h.db);
  const found = await data<{
    departments: { name: string; goals: { id: string; letter: string }[] }[];
    systems: { id: string; name: string }[];
    timeline: { id: string; name: string; dateText: string }[];
  }>(
    h,
    `query($p: ID) {
    departments(planId: $p) { name goals { id letter } }
    systems(planId: $p) { id name }
    timeline(planId: $p) { id name dateText } }`,
    { p: SEED_PLAN_ID },
  );
  for (const d of found.departments) for (const g of d.goals) ids.goals.set(`${d.name} ${g.letter}`, g.id);
  for (const s of found.systems) ids.systems.set(s.name, s.id);
  ids.milestones = found.timeline;
});

// The seed plan stays: it is shared, loaded idempotently by every suite that needs it, and
// the e2e app reads it from the same test server.
afterAll(async () => {
  await h.api.stop();
  await h.db.close();
});

interface ImpactAnswer {
  impact: {
    nodes: {
      depth: number;
      node: Ref & Named;
      via: { type: string; evidence: string; from: Ref; to: Ref }[];
    }[];
    departments: Named[];
    truncated: boolean;
    truncatedReason: string | null;
  };
}
const IMPACT = operation<
  ImpactAnswer,
  { id: string; d?: number }
>(`query($id: ID!, $d: Int) { impact(id: $id, maxDepth: $d) {
  nodes { depth node { id name } via { type evidence from { id } to { id } } }
  departments { name } truncated truncatedReason } }`);

describe("the 2009 plan", () => {
  it("has its four departments", async () => {
    const { departments } = await data<{ departments: Named[] }>(
      h,
      `query($p: ID) { departments(planId: $p) { name } }`,
      { p: SEED_PLAN_ID },
    );
    expect(departments.map((d) => d.name)).toEqual([
      "Borgmestersekretariatet",
      "IT-afdelingen",
      "Personaleafdelingen",
      "Økonomiafdelingen",
    ]);
  });

  it("reports IT-afdelingen's status on 2008 in plan order, the servicedesk last and done", async () => {
    const { departments } = await data<{
      departments: (Named & { statusItems: { text: string; outcome: string; outcomeText: string }[] })[];
    }>(h, `query($p: ID) { departments(planId: $p) { name statusItems { text outcome outcomeText } } }`, {
      p: SEED_PLAN_ID,
    });
    const items = departments.find((d) => d.name === "IT-afdelingen")?.statusItems ?? [];
    expect(items[0]?.text).toMatch(/IP-telefoni/);
    expect(items.at(-1)).toMatchObject({
      outcome: "DONE",
      outcomeText: expect.stringContaining("Servicedesken er implementeret medio 2008"),
    });
  });

  it("downstream of Focus.IT are IT-afdelingen's Digitaliseringsstrategi (E) and Ressourcestrategi (F), with the plan's words", async () => {
    const { impact } = await data(h, IMPACT, { id: system("Focus.IT") });
    const reached = new Map(impact.nodes.map((n) => [n.node.id, n]));
    for (const letter of ["E", "F"]) {
      const hit = reached.get(goal("IT-afdelingen", letter));
      expect(hit, `IT-afdelingen ${letter}`).toBeDefined();
      expect(hit?.depth).toBe(1);
      expect(hit?.via[0]?.to.id).toBe(system("Focus.IT"));
      expect(hit?.via[0]?.evidence).toMatch(/Focus\.IT projektet/);
    }
    expect(reached.get(goal("IT-afdelingen", "E"))).toMatchObject({ node: { name: "Digitaliseringsstrategi" } });
    expect(impact.departments.map((d) => d.name)).toContain("IT-afdelingen");
  });

  it("downstream of the new IT infrastructure goal (A) is the server virtualisation goal (C), because C starts after A", async () => {
    const { impact } = await data(h, IMPACT, { id: goal("IT-afdelingen", "A") });
    const c = impact.nodes.find((n) => n.node.id === goal("IT-afdelingen", "C"));
    expect(c).toMatchObject({ depth: 1, node: { name: "Virtualisering af servermiljøet (grøn IT)" } });
    expect(c?.via).toEqual([
      expect.objectContaining({
        type: "DEPENDS_ON",
        evidence: expect.stringContaining("efter implementering af ny infrastruktur"),
      }),
    ]);
  });

  it("systemLinks of OPUS spans every department whose goals or initiatives use OPUS or one of its modules", async () => {
    const { systemLinks } = await data<{
      systemLinks: {
        modules: Named[];
        byDepartment: {
          department: Named;
          goals: { letter: string }[];
          edges: { evidence: string; from: Named; to: Named }[];
        }[];
      };
    }>(
      h,
      `query($id: ID!) { systemLinks(id: $id) {
      modules { name } byDepartment { department { name } goals { letter } edges { evidence from { name } to { name } } } } }`,
      { id: system("OPUS") },
    );
    const opus = new Set(["OPUS", ...systemLinks.modules.map((m) => m.name)]);
    expect(opus).toContain("OPUS e-indkøb");
    // Independently: which departments' goals and initiatives name OPUS or a module (Goal.systems, Initiative.systems)?
    type Uses = { systems: Named[] };
    const { departments } = await data<{ departments: (Named & { goals: (Uses & { initiatives: Uses[] })[] })[] }>(
      h,
      `query($p: ID) { departments(planId: $p) { name goals { systems { name } initiatives { systems { name } } } } }`,
      { p: SEED_PLAN_ID },
    );
    const users = departments
      .filter((d) =>
        d.goals.some((g) => [...g.systems, ...g.initiatives.flatMap((i) => i.systems)].some((s) => opus.has(s.name))),
      )
      .map((d) => d.name);
    const grouped = systemLinks.byDepartment.map((g) => g.department.name);
    expect(users.length).toBeGreaterThanOrEqual(3);
    for (const name of users) expect(grouped).toContain(name);
    for (const group of systemLinks.byDepartment) {
      for (const edge of group.edges) expect(opus.has(edge.to.name) || opus.has(edge.from.name)).toBe(true);
    }
  });

  it('search("GoPro") returns goals that mention it', async () => {
    const { search } = await data<{
      search: { node: Ref & { title?: string; mainGoal?: string; strategy?: string }; snippet: string }[];
    }>(
      h,
      `query($p: ID) { search(text: "GoPro", kinds: [GOAL], planId: $p) { node { id ... on Goal { title mainGoal strategy } } snippet } }`,
      { p: SEED_PLAN_ID },
    );
    expect(search.map((hit) => hit.node.id)).toContain(goal("Borgmestersekretariatet", "C"));
    for (const hit of search) {
      expect(`${hit.node.title} ${hit.node.mainGoal} ${hit.node.strategy}`).toMatch(/gopro/i);
      expect(hit.snippet).toMatch(/<mark>GoPro<\/mark>/i);
    }
  });

  it("crossDepartmentDependencies lists edges between different departments only, as many as the matrix counts (a coordination in both cells)", async () => {
    type Department = { department: Ref | null };
    const result = await data<{
      crossDepartmentDependencies: {
        type: string;
        crossDepartment: boolean;
        evidence: string;
        inferred: boolean;
        basis: string;
        from: Department;
        to: Department;
      }[];
      dependencyMatrix: { cells: { count: number }[] };
    }>(
      h,
      `query($p: ID) {
      crossDepartmentDependencies(planId: $p) { type crossDepartment evidence inferred basis from { department { id } } to { department { id } } }
      dependencyMatrix(planId: $p) { cells { count } } }`,
      { p: SEED_PLAN_ID },
    );
    const edges = result.crossDepartmentDependencies;
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      expect(edge.crossDepartment).toBe(true);
      expect(edge.from.department).not.toBeNull();
      expect(edge.to.department).not.toBeNull();
      expect(edge.from.department?.id).not.toBe(edge.to.department?.id);
      expect(edge.evidence.length).toBeGreaterThan(0);
      expect(edge.basis).not.toBe("INFERRED");
    }
    const counted = result.dependencyMatrix.cells.reduce((sum, c) => sum + c.count, 0);
    expect(counted).toBe(edges.length + edges.filter((e) => e.type === "COORDINATES_WITH").length);
  });

  it("whatIf: if the new infrastructure milestone slips 30 days, IT-afdelingen's goals A and C are hit", async () => {
    const milestone = ids.milestones.find((m) => /infrastruktur/i.test(m.name));
    expect(milestone, "a milestone for the new infrastructure").toBeDefined();
    const { whatIf } = await data<{
      whatIf: {
        milestone: { date: string };
        newDate: string;
        goals: Ref[];
        affected: { depth: number; node: Ref; via: { evidence: string }[] }[];
        truncated: boolean;
      };
    }>(
      h,
      `query($m: ID!) { whatIf(milestone: $m, slipDays: 30) {
      milestone { date } newDate goals { id } affected { depth node { id } via { evidence } } truncated } }`,
      { m: milestone!.id },
    );
    expect(whatIf.milestone.date).toBe("2009-07-01");
    expect(whatIf.newDate).toBe("2009-07-31");
    const goals = whatIf.goals.map((g) => g.id);
    expect(goals).toContain(goal("IT-afdelingen", "A"));
    expect(goals).toContain(goal("IT-afdelingen", "C"));
    for (const hit of whatIf.affected) expect(hit.via.length).toBeGreaterThan(0);
  });

  it("keyNodes puts OPUS among the most depended-upon nodes", async () => {
    const { keyNodes } = await data<{ keyNodes: { node: Ref; dependents: number; departments: number }[] }>(
      h,
      `query($p: ID) { keyNodes(planId: $p, limit: 5) { node { id } dependents departments } }`,
      { p: SEED_PLAN_ID },
    );
    expect(keyNodes.map((k) => k.node.id)).toContain(system("OPUS"));
    const opus = keyNodes.find((k) => k.node.id === system("OPUS"));
    expect(opus?.departments).toBeGreaterThanOrEqual(2);
  });

  it("path explains how Personaleafdelingen's IT goal (C) is tied to the OPUS implementation (Økonomiafdelingen A): through its coordinated initiative", async () => {
    const { path } = await data<{
      path: {
        length: number;
        way: string | null;
        steps: {
          direction: string;
          carriesSlip: boolean;
          edge: { type: string; evidence: string; crossDepartment: boolean };
        }[];
      };
    }>(
      h,
      `query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length way steps { direction carriesSlip edge { type evidence crossDepartment } } } }`,
      {
        a: goal("Personaleafdelingen", "C"),
        b: goal("Økonomiafdelingen", "A"),
      },
    );
    expect(path.length).toBe(2);
    expect(path.steps[0]).toMatchObject({ direction: "ALONG", carriesSlip: false, edge: { type: "HAS_INITIATIVE" } });
    expect(path.steps[1]).toMatchObject({
      direction: "SYMMETRIC",
      carriesSlip: true,
      edge: { type: "COORDINATES_WITH", crossDepartment: true, evidence: expect.stringContaining("Opus Økonomi") },
    });
    // The goal leans on its initiative, which is coordinated with Økonomiafdelingen A: A slipping hits C.
    expect(path.way).toBe("UPSTREAM");
  });

  it("draws the whole plan in one round trip", async () => {
    const result = await h.api.run<{
      graph: {
        nodes: (Ref & { label: string })[];
        edges: Ref[];
        truncated: boolean;
        totalNodes: number;
        totalEdges: number;
      };
    }>(
      `query($p: ID) { graph(filter: { planId: $p }) { nodes { id label } edges { id } truncated totalNodes totalEdges } }`,
      { p: SEED_PLAN_ID },
    );
    expect(result.errors).toBeUndefined();
    expect(result.queries).toBe(1);
    expect(result.data!.graph).toMatchObject({ truncated: false });
    expect(result.data!.graph.nodes).toHaveLength(result.data!.graph.totalNodes);
    expect(result.data!.graph.nodes.find((n) => n.id === goal("IT-afdelingen", "E"))?.label).toBe("IT E");
  });
});
