/** The 2009 plan built into a PlanGraph with its curated facts. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { NODE_KINDS, type PlanGraphNode } from "../../../graph/model.js";
import { buildPlanGraph, evidenceIsInPlan } from "../../../seeds/build-plan-graph.js";

const planFile = path.resolve("seeds/virksomhedsplan-2009.md");
const planText = readFileSync(planFile, "utf8");
const graph = buildPlanGraph({ planFile, factsFile: path.resolve("seeds/virksomhedsplan-2009.facts.yaml") });
const P = "ltk-okf-2009";
const node = (id: string): PlanGraphNode => {
  const found = graph.nodes.find((n) => n.id === id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const edgesBetween = (from: string, to: string) => graph.edges.filter((e) => e.from === from && e.to === to);
const deptOf = (id: string): string | null => {
  const n = node(id);
  if (n.kind === "Department") return n.id;
  if (n.kind === "Goal" || n.kind === "StatusItem") return n.departmentId;
  if (n.kind === "Initiative") return deptOf(n.goalId);
  if (n.kind === "System") return graph.edges.find((e) => e.type === "RESPONSIBLE_FOR" && e.to === id)?.from ?? null;
  if (n.kind === "Organisation") return n.unitOf;
  return null;
};
const edge = (from: string, type: string, to: string) =>
  graph.edges.find((e) => e.from === `${P}:${from}` && e.type === type && e.to === `${P}:${to}`);

describe("buildPlanGraph on virksomhedsplan 2009", () => {
  it("uses readable global ids", () => {
    expect(node(`${P}:it-afdelingen:e`)).toMatchObject({ kind: "Goal", letter: "E", title: "Digitaliseringsstrategi" });
    expect(node(`${P}:it-afdelingen:e:1`)).toMatchObject({
      kind: "Initiative",
      ordinal: 1,
      goalId: `${P}:it-afdelingen:e`,
    });
    expect(node(`${P}:system:focus-it`)).toMatchObject({ kind: "System", category: "project" });
    expect(node(`${P}:oekonomiafdelingen`)).toMatchObject({ kind: "Department", name: "Økonomiafdelingen", staff: 24 });
    expect(node(P)).toMatchObject({
      kind: "Plan",
      municipality: "Lyngby-Taarbæk Kommune",
      administration: "Økonomisk Forvaltning",
      year: 2009,
    });
  });

  it("has unique node ids, one edge per (from, type, to), and no dangling edges", () => {
    const ids = graph.nodes.map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    const keys = graph.edges.map((e) => `${e.from}|${e.type}|${e.to}`);
    expect(new Set(keys).size).toBe(keys.length);
    const known = new Set(ids);
    expect(graph.edges.filter((e) => !known.has(e.from) || !known.has(e.to))).toEqual([]);
    expect(graph.edges.filter((e) => e.from === e.to)).toEqual([]);
  });

  it("has every kind of node", () => {
    for (const kind of NODE_KINDS)
      expect(
        graph.nodes.some((n) => n.kind === kind),
        kind,
      ).toBe(true);
    expect(graph.nodes.filter((n) => n.kind === "Goal")).toHaveLength(34);
  });

  it("quotes the plan in every edge's evidence, or marks the edge inferred with a reason", () => {
    const missing = graph.edges.filter((e) =>
      e.evidence === "" ? !e.inferred || !e.reason : !evidenceIsInPlan(planText, e.evidence),
    );
    expect(missing).toEqual([]);
    expect(graph.edges.filter((e) => e.section === "")).toEqual([]);
  });

  it("ties Focus.IT to IT-afdelingen's E and F with the sentences that say so", () => {
    const focus = `${P}:system:focus-it`;
    expect(edgesBetween(`${P}:it-afdelingen:e`, focus)).toEqual([
      expect.objectContaining({
        type: "USES",
        origin: "curated",
        evidence: expect.stringContaining("Focus.IT projektet beskriver en lang række tiltag"),
      }),
    ]);
    expect(edgesBetween(`${P}:it-afdelingen:f`, focus)[0]?.evidence).toContain(
      "Focus.IT projektet er en (sidste) trædesten",
    );
    expect(edgesBetween(`${P}:it-afdelingen:e:1`, focus)[0]).toMatchObject({ origin: "detected" });
  });

  it("puts the virtualisation after the new infrastructure and its 1 July 2009 date", () => {
    expect(edgesBetween(`${P}:it-afdelingen:c`, `${P}:it-afdelingen:a`)[0]).toMatchObject({ type: "DEPENDS_ON" });
    expect(node(`${P}:milestone:ny-infrastruktur`)).toMatchObject({
      date: "2009-07-01",
      dateText: "inden 1. juli 2009",
      precision: "DAY",
    });
    expect(edgesBetween(`${P}:it-afdelingen:c`, `${P}:milestone:ny-infrastruktur`)).toHaveLength(1);
  });

  it("detects the most specific system a text names", () => {
    const h1 = graph.edges
      .filter((e) => e.from === `${P}:borgmestersekretariatet:h:1` && e.type === "USES")
      .map((e) => e.to);
    expect(h1).toEqual([`${P}:system:opus-e-indkoeb`]);
    expect(edgesBetween(`${P}:system:opus-e-indkoeb`, `${P}:system:opus`)[0]).toMatchObject({ type: "PART_OF" });
    expect(edgesBetween(`${P}:system:opus`, `${P}:system:oes`)[0]).toMatchObject({ type: "REPLACES" });
    expect(edgesBetween(`${P}:oekonomiafdelingen:a`, `${P}:system:oes`)).toEqual([]);
  });

  it("gives structural edges the plan's own words", () => {
    expect(edgesBetween(`${P}:borgmestersekretariatet`, `${P}:borgmestersekretariatet:e`)[0]).toMatchObject({
      type: "OWNS",
      origin: "structure",
      evidence: "E. Valg og folkeafstemning",
    });
    expect(edgesBetween(`${P}:it-afdelingen:c`, `${P}:it-afdelingen:c:1`)[0]?.evidence).toBe(
      "der skal efter implementering af ny infrastruktur ske en revurdering af alle servere, der ikke er placeret på centrale lokationer.",
    );
  });

  it.each([
    ["oekonomiafdelingen:c:1", "personaleafdelingen", "COORDINATES_WITH"],
    ["personaleafdelingen:c:2", "oekonomiafdelingen:a", "COORDINATES_WITH"],
    ["borgmestersekretariatet:n", "it-afdelingen", "INVOLVES"],
    ["personaleafdelingen:c", "system:gopro", "USES"],
    ["system:gopro", "system:opus-loen", "TAKES_DATA_FROM"],
    ["system:opus-loen", "system:opus", "PART_OF"],
    ["borgmestersekretariatet:status-2008:25", "org:intern-service", "INVOLVES"],
    ["borgmestersekretariatet:n", "org:telefonomstillingen", "INVOLVES"],
  ])("states the cross-department edge %s -> %s", (from, to, type) => {
    const [edge] = edgesBetween(`${P}:${from}`, `${P}:${to}`);
    expect(edge?.type).toBe(type);
    expect(deptOf(`${P}:${from}`)).toBeTruthy();
    expect(deptOf(`${P}:${to}`)).toBeTruthy();
    expect(deptOf(`${P}:${from}`)).not.toBe(deptOf(`${P}:${to}`));
  });

  it.each([
    ["borgmestersekretariatet:a", "org:direktionen"],
    ["borgmestersekretariatet:m", "org:direktionen"],
    ["borgmestersekretariatet:m:2", "org:direktoergruppen"],
    ["borgmestersekretariatet:f", "org:paragraf-17-udvalget"],
    ["oekonomiafdelingen:f", "org:andre-kommuner"],
    ["oekonomiafdelingen:f:2", "org:andre-kommuner"],
    ["personaleafdelingen:d:2", "org:biblioteks-og-kulturomraadet"],
    ["personaleafdelingen:b:5", "org:intern-service"],
    ["personaleafdelingen:a:1", "org:kl"],
    ["personaleafdelingen:status-2008:7", "org:ftf"],
    ["borgmestersekretariatet:status-2008:4", "org:hegnssynet"],
    ["borgmestersekretariatet:status-2008:25", "org:socialforvaltningen"],
    ["borgmestersekretariatet:status-2008:25", "org:tf-byggesagsafdeling"],
    ["borgmestersekretariatet:status-2008:31", "org:pension-danmark"],
    ["personaleafdelingen:status-2008:4", "org:danmarks-forvaltningshoejskole"],
  ])("%s involves %s, with the plan's words", (from, to) => {
    expect(edge(from, "INVOLVES", to)).toMatchObject({
      origin: "curated",
      inferred: false,
      evidence: expect.any(String),
    });
  });

  it.each([
    ["org:intern-service", "personaleafdelingen"],
    ["org:kantinerne", "personaleafdelingen"],
    ["org:loen-personale-og-udviklingsafsnittet", "personaleafdelingen"],
    ["org:ejendomskontoret", "oekonomiafdelingen"],
    ["org:indkoebsfunktionen", "borgmestersekretariatet"],
    ["org:desktop-og-trykkerifunktionen", "borgmestersekretariatet"],
    ["org:juridisk-stabsfunktion", "borgmestersekretariatet"],
    ["org:telefonomstillingen", "it-afdelingen"],
  ])("places the internal unit %s in %s, with the passage that says so", (unit, dept) => {
    expect(node(`${P}:${unit}`)).toMatchObject({ kind: "Organisation", unitOf: `${P}:${dept}` });
    expect(edge(dept, "HAS_UNIT", unit)?.evidence).toBeTruthy();
  });

  it("hangs 2008 facts on the status items they are about, not on the 2009 goals", () => {
    expect(edge("oekonomiafdelingen:status-2008:2", "INVOLVES", "org:kmd")?.evidence).toContain(
      "aftalt mellem LTK og KMD",
    );
    expect(edge("oekonomiafdelingen:a", "INVOLVES", "org:kmd")).toBeUndefined();
    expect(
      edge("borgmestersekretariatet:status-2008:8", "HAS_MILESTONE", "milestone:opus-e-indkoeb-implementeret"),
    ).toBeDefined();
    expect(
      edge("borgmestersekretariatet:h:1", "HAS_MILESTONE", "milestone:opus-e-indkoeb-implementeret"),
    ).toBeUndefined();
    expect(
      edge("borgmestersekretariatet:status-2008:15", "INVOLVES", "org:vaeksthus-hovedstadsregionen"),
    ).toBeDefined();
    expect(edge("borgmestersekretariatet:d:1", "INVOLVES", "org:vaeksthus-hovedstadsregionen")).toBeUndefined();
    expect(edge("personaleafdelingen:status-2008:10", "INVOLVES", "org:kmd")?.evidence).toBe(
      "Er ikke gennemført, da ny lønberegner ikke er klar fra KMD's side.",
    );
    // Every edge from a 2009 goal or initiative that quotes a status section says why (only the OPUS transition date).
    const fromGoals = graph.edges.filter(
      (e) =>
        e.origin === "curated" &&
        /^(Goal|Initiative)$/.test(node(e.from).kind) &&
        / > (2\. Status på|Mål) 2008/.test(e.section),
    );
    expect(fromGoals.map((e) => `${e.from} ${e.type} ${e.to}`)).toEqual([
      `${P}:oekonomiafdelingen:a HAS_MILESTONE ${P}:milestone:opus-overgang`,
    ]);
  });

  it("carries 2008 status lines on into the 2009 goals and initiatives that continue them", () => {
    expect(edge("it-afdelingen:status-2008:4", "CONTINUES_AS", "it-afdelingen:e")?.evidence).toBe(
      "Et af målene i Focus.IT-projektet er at udarbejde en digitaliseringsstrategi.",
    );
    expect(edge("personaleafdelingen:status-2008:12", "CONTINUES_AS", "personaleafdelingen:c:2")?.evidence).toBe(
      "Dette projektarbejde vil fortsætte i 2009.",
    );
    expect(edge("personaleafdelingen:status-2008:2", "CONTINUES_AS", "personaleafdelingen:a:5")).toBeDefined();
    expect(edge("oekonomiafdelingen:status-2008:2", "CONTINUES_AS", "oekonomiafdelingen:a")).toBeDefined();
    for (const e of graph.edges.filter((x) => x.type === "CONTINUES_AS")) {
      expect(node(e.from).kind).toBe("StatusItem");
      expect(["Goal", "Initiative"]).toContain(node(e.to).kind);
      expect(deptOf(e.from)).toBe(deptOf(e.to));
    }
  });

  it("dates the plan's history and schedule as milestones, the past computed from the plan year", () => {
    const milestones = graph.nodes.filter((n) => n.kind === "Milestone");
    expect(node(`${P}:milestone:forvaltningsjustering`)).toMatchObject({
      date: "2008-09-01",
      dateText: "Pr. 01 SEP 2008",
      timing: "START",
      past: true,
    });
    expect(node(`${P}:milestone:adgangskontrol-udrulning`)).toMatchObject({ date: "2006-01-01", past: true });
    expect(node(`${P}:milestone:trivselsundersoegelse`)).toMatchObject({ timing: "DEADLINE", past: false });
    expect(node(`${P}:milestone:arbejdsskader-redegoerelse`)).toMatchObject({
      timing: "RECURRING",
      date: "2009-01-01",
    });
    expect(node(`${P}:milestone:resultatkontrakt-ejendomskontoret`)).toMatchObject({
      date: "2007-01-01",
      endDate: "2010-12-31",
      past: false,
    });
    for (const m of milestones) {
      if (m.kind !== "Milestone") continue;
      expect(m.past, m.id).toBe((m.endDate ?? m.date) < "2009-01-01");
      expect(
        graph.edges.some((e) => e.to === m.id && e.type === "HAS_MILESTONE"),
        `${m.id} is tied to a goal, initiative or status item`,
      ).toBe(true);
    }
    expect(milestones.filter((m) => m.kind === "Milestone" && m.past).length).toBeGreaterThanOrEqual(30);
    expect(edge("milestone:lokal-erhvervsservice", "FOLLOWS", "milestone:erhvervsservice-besluttet")).toBeDefined();
  });

  it("reads an outcome for every status line, the curators' reading where the rules have none", () => {
    const items = graph.nodes.filter((n) => n.kind === "StatusItem");
    expect(items.filter((n) => n.kind === "StatusItem" && n.outcome === "UNKNOWN")).toEqual([]);
    expect(node(`${P}:borgmestersekretariatet:status-2008:20`)).toMatchObject({
      outcome: "CONTINUES",
      outcomeText: "Fuldførelse af forsyningsområdets udskillelse til selskabskonstruktion",
    });
    expect(items.filter((n) => n.kind === "StatusItem" && n.outcome === "CONTINUES").length).toBeGreaterThanOrEqual(7);
  });

  it("keeps the status outcomes on StatusItem nodes", () => {
    const items = graph.nodes.filter((n) => n.kind === "StatusItem");
    expect(items.find((n) => n.text === "Implementering af ny Servicedesk.")).toMatchObject({
      outcome: "DONE",
      outcomeText: "Servicedesken er implementeret medio 2008.",
    });
    expect(items.find((n) => n.text.includes("Lindegården"))).toMatchObject({ outcome: "FAILED" });
  });
});
