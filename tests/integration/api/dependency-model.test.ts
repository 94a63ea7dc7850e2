/**
 * The answers people must be able to trust, on the 2009 plan: impact never fans out through a
 * department, organisation or theme; systems have owners and make cross-department
 * dependencies; a coordination is found from both ends; inferred links are kept apart; and
 * every view gives the same number for the same definition.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { testApi } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { operation } from "../../helpers/operation.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { data, type Harness } from "./harness.js";

const h = {} as Harness;
const P = SEED_PLAN_ID;
const OPUS = `${P}:system:opus`;
const FOCUS_IT = `${P}:system:focus-it`;
const IT = `${P}:it-afdelingen`;
// NodeKind values as the API spells them.
const HUBS = new Set(["DEPARTMENT", "ORGANISATION", "THEME", "PLAN"]);

beforeAll(async () => {
  h.db = testDb() as GraphDb;
  h.api = await testApi(h.db);
  await loadSeedPlan(h.db);
});

afterAll(async () => {
  await h.api.stop();
  await h.db.close();
});

const IMPACT = operation<
  { impact: { nodes: Impacted[] } },
  { id: string; d: number }
>(`query($id: ID!, $d: Int) { impact(id: $id, direction: DOWNSTREAM, maxDepth: $d) {
  nodes { depth node { id kind } via { id type inferred from { id kind } to { id kind } } } } }`);

interface Impacted {
  depth: number;
  node: { id: string; kind: string };
  via: {
    id: string;
    type: string;
    inferred: boolean;
    from: { id: string; kind: string };
    to: { id: string; kind: string };
  }[];
}

const impactOf = async (id: string, depth = 10): Promise<Impacted[]> =>
  (await data(h, IMPACT, { id, d: depth })).impact.nodes;

describe("impact follows the relationship table", () => {
  it.each([
    ["Focus.IT", FOCUS_IT],
    ["OPUS", OPUS],
  ])("of %s reaches no node only through a department, organisation or theme", async (_name, root) => {
    const nodes = await impactOf(root);
    expect(nodes.length).toBeGreaterThan(0);
    const depthOf = new Map(nodes.map((n) => [n.node.id, n.depth]));
    depthOf.set(root, 0);
    for (const hit of nodes) {
      // Every edge that reaches the node comes from a node one level closer that passes slips on.
      for (const edge of hit.via) {
        const near = edge.from.id === hit.node.id ? edge.to : edge.from;
        expect(depthOf.get(near.id), `${hit.node.id} via ${edge.id}`).toBe(hit.depth - 1);
        if (near.id !== root)
          expect(HUBS.has(near.kind), `${hit.node.id} reached through ${near.kind} ${near.id}`).toBe(false);
      }
    }
  });

  it("of Focus.IT hits what the plan ties to it, and none of the goals that merely involve IT-afdelingen", async () => {
    const hit = new Map((await impactOf(FOCUS_IT)).map((n) => [n.node.id, n]));
    for (const id of [`${IT}:e`, `${IT}:f`, `${IT}:e:1`, `${IT}:f:1`, `${P}:theme-2009:2`])
      expect(hit.has(id), id).toBe(true);
    // Intranet (B) and the GoPro roll-out (C) only involve IT-afdelingen; Personaleafdelingen's payroll IT goal never touches Focus.IT.
    for (const id of [
      `${P}:borgmestersekretariatet:b`,
      `${P}:borgmestersekretariatet:c`,
      `${P}:personaleafdelingen:c`,
      IT,
    ])
      expect(hit.has(id), id).toBe(false);
    // Rådhusets anvendelse (N) is hit only through an inferred edge, and says so.
    const n = hit.get(`${P}:borgmestersekretariatet:n`);
    expect(n?.via.every((e) => e.inferred)).toBe(true);
  });

  it("never hits a status line of the year before", async () => {
    const nodes = await impactOf(OPUS);
    expect(nodes.filter((n) => n.node.kind === "STATUS_ITEM")).toEqual([]);
  });

  it("hits a system that takes data from the one slipping, but not that system's other users", async () => {
    const hit = new Map((await impactOf(`${P}:system:gis`)).map((n) => [n.node.id, n.depth]));
    expect(hit.get(`${P}:system:gopro`)).toBe(1);
    expect(hit.has(`${P}:borgmestersekretariatet:c:1`)).toBe(false);
  });

  it("path goes through no department or party unless asked, and says the direction of every hop", async () => {
    interface PathAnswer {
      path: {
        length: number;
        way: string | null;
        nodes: { id: string; kind: string }[];
        steps: { direction: string; carriesSlip: boolean }[];
      } | null;
    }
    const query = operation<PathAnswer, { a: string; b: string; hubs?: boolean }>(
      `query($a: ID!, $b: ID!, $hubs: Boolean) { path(from: $a, to: $b, allowHubs: $hubs) { length way nodes { id kind } steps { direction carriesSlip } } }`,
    );
    const through = (path: { nodes: { kind: string }[] }) => path.nodes.slice(1, -1).map((n) => n.kind);
    // Kommunikation (A) and Regionalt samarbejde (M) share only a party they both involve (direktionen).
    const shared = { a: `${P}:borgmestersekretariatet:a`, b: `${P}:borgmestersekretariatet:m` };
    expect((await data(h, query, shared)).path).toBeNull();
    const loose = (await data(h, query, { ...shared, hubs: true })).path!;
    expect(through(loose).some((kind) => HUBS.has(kind))).toBe(true);
    // Ejendomsområdet (I) and Rådhusets anvendelse (N) are linked through goal L's initiatives, no hub on the way.
    const strict = (await data(h, query, { a: `${P}:borgmestersekretariatet:i`, b: `${P}:borgmestersekretariatet:n` }))
      .path!;
    expect(through(strict).filter((kind) => HUBS.has(kind))).toEqual([]);
    for (const path of [strict, loose]) {
      expect(path.steps).toHaveLength(path.length);
      for (const step of path.steps) expect(["ALONG", "AGAINST", "SYMMETRIC"]).toContain(step.direction);
    }
    // I leans on L's first initiative; N leans on its third: the chain mixes directions, and says so.
    expect(strict.way).toBeNull();
  });
});

describe("owners, coordination and what cross-department links rest on", () => {
  it("gives systems the owner the plan names, with its passage, or none", async () => {
    const { systems } = await data<{
      systems: { id: string; owner: { id: string } | null; ownerEvidence: string | null }[];
    }>(h, `query($p: ID) { systems(planId: $p) { id owner { id } ownerEvidence } }`, {
      p: P,
    });
    const byId = new Map(systems.map((s) => [s.id, s]));
    expect(byId.get(OPUS)).toMatchObject({
      owner: { id: `${P}:oekonomiafdelingen` },
      ownerEvidence: expect.stringContaining("Økonomiafdelingen"),
    });
    expect(byId.get(`${P}:system:lotus-notes`)).toMatchObject({ owner: { id: IT } });
    expect(byId.get(`${P}:system:opus-loen`)).toMatchObject({ owner: { id: `${P}:personaleafdelingen` } });
    expect(byId.get(`${P}:system:gis`)).toMatchObject({ owner: null, ownerEvidence: null });
    for (const s of systems) expect(s.owner === null, s.id).toBe(s.ownerEvidence === null);
  });

  it("finds a symmetric coordination from both ends", async () => {
    type Edge = { id: string; type: string };
    const query = operation<{ node: { dependsOn: Edge[]; dependents: Edge[] } }, { id: string }>(
      `query($id: ID!) { node(id: $id) { dependsOn { id type } dependents { id type } } }`,
    );
    const a = (await data(h, query, { id: `${P}:personaleafdelingen:c:2` })).node;
    const b = (await data(h, query, { id: `${P}:oekonomiafdelingen:a` })).node;
    const coordination = (edges: { id: string; type: string }[]) =>
      edges.filter((e) => e.type === "COORDINATES_WITH").map((e) => e.id);
    expect(coordination(a.dependsOn)).toHaveLength(1);
    expect(coordination(b.dependsOn)).toEqual(coordination(a.dependsOn));
    expect(coordination(b.dependents)).toEqual(coordination(a.dependents));
  });

  it("counts a goal that uses another department's system as a dependency via that system", async () => {
    const { crossDepartmentDependencies: edges } = await data<{
      crossDepartmentDependencies: {
        basis: string;
        viaSystem: { id: string } | null;
        from: { id: string; department: { id: string } | null };
        to: { id: string; department: { id: string } | null };
      }[];
    }>(
      h,
      `query($p: ID) { crossDepartmentDependencies(planId: $p) { basis viaSystem { id } from { id department { id } } to { id department { id } } } }`,
      { p: P },
    );
    const gopro = edges.find((e) => e.from.id === `${P}:personaleafdelingen:c` && e.to.id === `${P}:system:gopro`);
    expect(gopro).toMatchObject({
      basis: "VIA_SYSTEM",
      viaSystem: { id: `${P}:system:gopro` },
      to: { department: { id: `${P}:borgmestersekretariatet` } },
    });
    expect(edges.filter((e) => e.basis === "INFERRED")).toEqual([]);
  });

  it("keeps inferred links out of the matrix until asked, and has an IT-afdelingen column via systems", async () => {
    type Cell = {
      from: { id: string };
      to: { id: string };
      count: number;
      stated: number;
      viaSystem: number;
      inferred: number;
    };
    type Matrix = { include: string[]; cells: Cell[] };
    const query = operation<{ dependencyMatrix: Matrix }, { p: string; inc?: string[] }>(
      `query($p: ID, $inc: [DependencyBasis!]) { dependencyMatrix(planId: $p, include: $inc) { include cells { from { id } to { id } count stated viaSystem inferred } } }`,
    );
    const plain = (await data(h, query, { p: P })).dependencyMatrix;
    const all = (await data(h, query, { p: P, inc: ["STATED", "VIA_SYSTEM", "INFERRED"] })).dependencyMatrix;
    expect(plain.include).toEqual(["STATED", "VIA_SYSTEM"]);
    const sum = (m: Matrix, f: "count" | "stated" | "viaSystem" | "inferred") => m.cells.reduce((s, c) => s + c[f], 0);
    expect(sum(plain, "count")).toBe(sum(plain, "stated") + sum(plain, "viaSystem"));
    expect(sum(all, "count")).toBe(sum(plain, "count") + sum(all, "inferred"));
    expect(sum(all, "inferred")).toBeGreaterThan(0);
    expect(sum(all, "viaSystem")).toBeGreaterThan(0);
    // The IT-afdelingen column: the goals of other departments that lean on what IT-afdelingen runs.
    const column = all.cells.filter((c) => c.to.id === IT);
    expect(column.reduce((s, c) => s + c.count, 0)).toBeGreaterThan(0);
    const { crossDepartmentDependencies: toIt } = await data<{
      crossDepartmentDependencies: {
        basis: string;
        viaSystem: { id: string; owner: { id: string } | null } | null;
        to: { department: { id: string } | null };
      }[];
    }>(
      h,
      `query($p: ID) { crossDepartmentDependencies(planId: $p, include: [STATED, VIA_SYSTEM, INFERRED]) { basis viaSystem { id owner { id } } to { department { id } } } }`,
      { p: P },
    );
    expect(toIt.filter((e) => e.to.department?.id === IT && e.viaSystem?.owner?.id === IT).length).toBeGreaterThan(0);
  });

  it("refuses an include that names no basis", async () => {
    const result = await h.api.run(`query { dependencyMatrix(planId: "${P}", include: []) { include } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("one count everywhere", () => {
  it.each([
    ["OPUS", OPUS],
    ["Focus.IT", FOCUS_IT],
    ["Økonomiafdelingen A", `${P}:oekonomiafdelingen:a`],
  ])("%s: details, Systemer, impact and key nodes give the same direct and all dependents", async (_name, id) => {
    const details = (
      await data<{ node: { dependentCount: { direct: number; all: number; departments: number } } }>(
        h,
        `query($id: ID!) { node(id: $id) { dependentCount { direct all departments } } }`,
        { id },
      )
    ).node.dependentCount;
    const all = await impactOf(id, 10);
    const direct = await impactOf(id, 1);
    expect(all.length).toBe(details.all);
    expect(direct.length).toBe(details.direct);
    expect(new Set(all.filter((n) => n.depth === 1).map((n) => n.node.id)).size).toBe(details.direct);
    const { keyNodes } = await data<{
      keyNodes: { node: { id: string }; dependents: number; directDependents: number; departments: number }[];
    }>(
      h,
      `query($p: ID) { keyNodes(planId: $p, limit: 100) { node { id } dependents directDependents departments } }`,
      { p: P },
    );
    const key = keyNodes.find((k) => k.node.id === id);
    if (key)
      expect(key).toMatchObject({
        dependents: details.all,
        directDependents: details.direct,
        departments: details.departments,
      });
    else expect(details.all).toBeLessThanOrEqual(keyNodes.at(-1)!.dependents);
    const { systems } = await data<{ systems: { id: string; dependentCount: { direct: number; all: number } }[] }>(
      h,
      `query($p: ID) { systems(planId: $p) { id dependentCount { direct all } } }`,
      {
        p: P,
      },
    );
    const listed = systems.find((s) => s.id === id);
    if (listed) expect(listed.dependentCount).toEqual({ direct: details.direct, all: details.all });
  });

  it("the matrix and the cross-department list count the same edges (a coordination in both cells)", async () => {
    type Department = { department: { id: string } };
    const result = await data<{
      crossDepartmentDependencies: { type: string; from: Department; to: Department }[];
      dependencyMatrix: { cells: { from: { id: string }; to: { id: string }; count: number }[] };
    }>(
      h,
      `query($p: ID) {
        crossDepartmentDependencies(planId: $p, include: [STATED, VIA_SYSTEM, INFERRED]) { type from { department { id } } to { department { id } } }
        dependencyMatrix(planId: $p, include: [STATED, VIA_SYSTEM, INFERRED]) { cells { from { id } to { id } count } } }`,
      { p: P },
    );
    const perPair = new Map<string, number>();
    const add = (a: string, b: string) => perPair.set(`${a}>${b}`, (perPair.get(`${a}>${b}`) ?? 0) + 1);
    for (const e of result.crossDepartmentDependencies) {
      add(e.from.department.id, e.to.department.id);
      if (e.type === "COORDINATES_WITH") add(e.to.department.id, e.from.department.id);
    }
    for (const cell of result.dependencyMatrix.cells)
      expect(cell.count, `${cell.from.id} > ${cell.to.id}`).toBe(perPair.get(`${cell.from.id}>${cell.to.id}`) ?? 0);
  });
});
