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
  return null;
};

describe("buildPlanGraph on virksomhedsplan 2009", () => {
  it("uses readable global ids", () => {
    expect(node(`${P}:it-afdelingen:e`)).toMatchObject({ kind: "Goal", letter: "E", title: "Digitaliseringsstrategi" });
    expect(node(`${P}:it-afdelingen:e:1`)).toMatchObject({ kind: "Initiative", ordinal: 1, goalId: `${P}:it-afdelingen:e` });
    expect(node(`${P}:system:focus-it`)).toMatchObject({ kind: "System", category: "project" });
    expect(node(`${P}:oekonomiafdelingen`)).toMatchObject({ kind: "Department", name: "Økonomiafdelingen", staff: 24 });
    expect(node(P)).toMatchObject({ kind: "Plan", municipality: "Lyngby-Taarbæk Kommune", administration: "Økonomisk Forvaltning", year: 2009 });
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
    for (const kind of NODE_KINDS) expect(graph.nodes.some((n) => n.kind === kind), kind).toBe(true);
    expect(graph.nodes.filter((n) => n.kind === "Goal")).toHaveLength(34);
  });

  it("quotes the plan in every edge's evidence, or marks the edge inferred with a reason", () => {
    const missing = graph.edges.filter((e) => (e.evidence === "" ? !e.inferred || !e.reason : !evidenceIsInPlan(planText, e.evidence)));
    expect(missing).toEqual([]);
    expect(graph.edges.filter((e) => e.section === "")).toEqual([]);
  });

  it("ties Focus.IT to IT-afdelingen's E and F with the sentences that say so", () => {
    const focus = `${P}:system:focus-it`;
    expect(edgesBetween(`${P}:it-afdelingen:e`, focus)).toEqual([
      expect.objectContaining({ type: "USES", origin: "curated", evidence: expect.stringContaining("Focus.IT projektet beskriver en lang række tiltag") }),
    ]);
    expect(edgesBetween(`${P}:it-afdelingen:f`, focus)[0]?.evidence).toContain("Focus.IT projektet er en (sidste) trædesten");
    expect(edgesBetween(`${P}:it-afdelingen:e:1`, focus)[0]).toMatchObject({ origin: "detected" });
  });

  it("puts the virtualisation after the new infrastructure and its 1 July 2009 date", () => {
    expect(edgesBetween(`${P}:it-afdelingen:c`, `${P}:it-afdelingen:a`)[0]).toMatchObject({ type: "DEPENDS_ON" });
    expect(node(`${P}:milestone:ny-infrastruktur`)).toMatchObject({ date: "2009-07-01", dateText: "inden 1. juli 2009", precision: "DAY" });
    expect(edgesBetween(`${P}:it-afdelingen:c`, `${P}:milestone:ny-infrastruktur`)).toHaveLength(1);
  });

  it("detects the most specific system a text names", () => {
    const h1 = graph.edges.filter((e) => e.from === `${P}:borgmestersekretariatet:h:1` && e.type === "USES").map((e) => e.to);
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
  ])("states the cross-department edge %s -> %s", (from, to, type) => {
    const [edge] = edgesBetween(`${P}:${from}`, `${P}:${to}`);
    expect(edge?.type).toBe(type);
    expect(deptOf(`${P}:${from}`)).toBeTruthy();
    expect(deptOf(`${P}:${to}`)).toBeTruthy();
    expect(deptOf(`${P}:${from}`)).not.toBe(deptOf(`${P}:${to}`));
  });

  it("keeps the status outcomes on StatusItem nodes", () => {
    const items = graph.nodes.filter((n) => n.kind === "StatusItem");
    expect(items.find((n) => n.text === "Implementering af ny Servicedesk.")).toMatchObject({ outcome: "DONE", outcomeText: "Servicedesken er implementeret medio 2008." });
    expect(items.find((n) => n.text.includes("Lindegården"))).toMatchObject({ outcome: "FAILED" });
  });
});
