import { describe, expect, it } from "vitest";
import { subgraphJson } from "../../../client/src/features/graph/lib/subgraph-json";
import { buildSvg, escapeXml, wrapLabel } from "../../../client/src/features/graph/lib/svg-export";
import { cellEdges, fromRowSide } from "../../../client/src/features/matrix/lib/cell-edges";
import { includeBases } from "../../../client/src/features/matrix/lib/include-bases";
import { heat, matrixGrid } from "../../../client/src/features/matrix/lib/matrix-grid";
import { sortSystems } from "../../../client/src/features/systems/lib/sort-systems";
import { addDays, timelineScale } from "../../../client/src/features/timeline/lib/timeline-scale";
import { departmentColors, DEPARTMENT_PALETTE } from "../../../client/src/lib/department-colors";

describe("matrixGrid", () => {
  it("builds a square grid in Danish order with zeros for missing cells", () => {
    const grid = matrixGrid({
      departments: [
        { id: "oek", name: "Økonomiafdelingen" },
        { id: "pers", name: "Personaleafdelingen" },
      ],
      cells: [{ from: { id: "pers" }, to: { id: "oek" }, count: 3, stated: 1, viaSystem: 2, inferred: 4 }],
    });
    expect(grid).toEqual({
      departments: [
        { id: "pers", name: "Personaleafdelingen" },
        { id: "oek", name: "Økonomiafdelingen" },
      ],
      counts: [
        [0, 3],
        [0, 0],
      ],
      splits: [
        [
          { stated: 0, viaSystem: 0, inferred: 0 },
          { stated: 1, viaSystem: 2, inferred: 4 },
        ],
        [
          { stated: 0, viaSystem: 0, inferred: 0 },
          { stated: 0, viaSystem: 0, inferred: 0 },
        ],
      ],
      max: 3,
    });
    expect(heat(0, 3).background).toBe("#ffffff");
    expect(heat(3, 3)).toEqual({ background: "rgb(194, 65, 12)", color: "#ffffff" });
  });

  it("finds the edges behind a cell by the ends' departments, a system by its owner, a coordination both ways", () => {
    const pers = { id: "pers", name: "Personaleafdelingen" };
    const oek = { id: "oek", name: "Økonomiafdelingen" };
    const goal = (id: string, department: typeof pers) => ({ id, name: id, kind: "GOAL", department });
    const edges = [
      { id: "1", type: "DEPENDS_ON" as const, from: goal("g1", pers), to: goal("g2", oek) },
      { id: "2", type: "DEPENDS_ON" as const, from: goal("g2", oek), to: goal("g1", pers) },
      {
        id: "3",
        type: "INVOLVES" as const,
        from: goal("g1", pers),
        to: { id: "oek", name: oek.name, kind: "DEPARTMENT", department: null },
      },
      // A system belongs to the department responsible for it (its `department` is null).
      {
        id: "4",
        type: "USES" as const,
        from: goal("g1", pers),
        to: { id: "s:opus", name: "OPUS Økonomi", kind: "SYSTEM", department: null, owner: oek },
      },
      {
        id: "5",
        type: "USES" as const,
        from: goal("g1", pers),
        to: { id: "s:x", name: "X", kind: "SYSTEM", department: null, owner: null },
      },
      // Symmetric: stored once (Økonomi -> Personale), counted in both cells.
      { id: "6", type: "COORDINATES_WITH" as const, from: goal("g2", oek), to: goal("g1", pers) },
    ];
    expect(cellEdges(edges, "pers", "oek").map((e) => e.id)).toEqual(["1", "3", "4", "6"]);
    expect(cellEdges(edges, "oek", "pers").map((e) => e.id)).toEqual(["2", "6"]);
    // Shown from the row's side: the coordination reads "Personale's goal koordineres med Økonomi's".
    expect(fromRowSide(edges[5]!, "pers")).toMatchObject({ from: { id: "g1" }, to: { id: "g2" } });
    expect(fromRowSide(edges[5]!, "oek")).toBe(edges[5]);
    expect(fromRowSide(edges[0]!, "oek")).toBe(edges[0]);
  });

  it("counts stated and via-system dependencies unless inferred ones are asked for", () => {
    expect(includeBases(false)).toEqual(["STATED", "VIA_SYSTEM"]);
    expect(includeBases(true)).toEqual(["STATED", "VIA_SYSTEM", "INFERRED"]);
  });
});

describe("departmentColors", () => {
  it("is stable by Danish name order, whatever the input order", () => {
    const a = departmentColors([
      { id: "oek", name: "Økonomiafdelingen" },
      { id: "bs", name: "Borgmestersekretariatet" },
    ]);
    expect([...a]).toEqual([
      ["bs", DEPARTMENT_PALETTE[0]],
      ["oek", DEPARTMENT_PALETTE[1]],
    ]);
  });
});

describe("timelineScale", () => {
  it("covers whole months and places dates on them", () => {
    const scale = timelineScale(["2009-07-01", "2009-11-17", "2008-12-15"]);
    expect(scale.start.toISOString().slice(0, 10)).toBe("2008-12-01");
    expect(scale.end.toISOString().slice(0, 10)).toBe("2009-12-01");
    expect(scale.months.map((m) => m.toISOString().slice(0, 7))).toEqual([
      "2008-12",
      "2009-01",
      "2009-02",
      "2009-03",
      "2009-04",
      "2009-05",
      "2009-06",
      "2009-07",
      "2009-08",
      "2009-09",
      "2009-10",
      "2009-11",
    ]);
    expect(scale.position("2008-12-01")).toBe(0);
    expect(scale.position("2009-06-01")).toBeCloseTo(182 / 365, 5);
    expect(scale.position("2011-01-01")).toBe(1);
    expect(addDays("2009-07-01", 30)).toBe("2009-07-31");
  });
});

describe("sortSystems", () => {
  it("puts modules under their system", () => {
    const sorted = sortSystems([
      { id: "e", name: "OPUS e-indkøb", parent: { id: "o" } },
      { id: "g", name: "GoPro", parent: null },
      { id: "o", name: "OPUS", parent: null },
    ]);
    expect(sorted.map((s) => [s.id, s.module])).toEqual([
      ["g", false],
      ["o", false],
      ["e", true],
    ]);
  });

  it("lists modules of modules under them, and never loses a system", () => {
    const sorted = sortSystems([
      { id: "gp", name: "GoPro Personale", parent: { id: "g" } },
      { id: "g", name: "GoPro", parent: { id: "esdh" } },
      { id: "esdh", name: "ESDH", parent: null },
      { id: "x", name: "X", parent: { id: "y" } },
      { id: "y", name: "Y", parent: { id: "x" } },
    ]);
    expect(sorted.map((s) => [s.id, s.depth])).toEqual([
      ["esdh", 0],
      ["g", 1],
      ["gp", 2],
      ["x", 0],
      ["y", 1],
    ]);
  });
});

describe("exports", () => {
  it("writes the subgraph as JSON without drawing-only fields", () => {
    const json = subgraphJson(
      [
        { group: "nodes", data: { id: "a", name: "A", kind: "GOAL", label: "A", color: "#fff", departmentId: null } },
        { group: "edges", data: { id: "e", source: "a", target: "a", type: "USES", evidence: "x" } },
      ],
      { kinds: ["GOAL"] },
      new Date("2009-01-01T00:00:00Z"),
    );
    expect(json).toEqual({
      exportedAt: "2009-01-01T00:00:00.000Z",
      filter: { kinds: ["GOAL"] },
      nodes: [{ id: "a", name: "A", kind: "GOAL", departmentId: null }],
      edges: [{ id: "e", source: "a", target: "a", type: "USES", evidence: "x" }],
    });
  });

  it("writes an SVG with a shape and label per node and a path per edge", () => {
    const svg = buildSvg(
      {
        nodes: [
          {
            id: "a",
            kind: "GOAL",
            x: 0,
            y: 0,
            width: 30,
            height: 30,
            color: "#2563eb",
            label: "Digitaliserings strategi & IT",
            faded: false,
            emphasis: true,
          },
          {
            id: "b",
            kind: "INITIATIVE",
            x: 100,
            y: 50,
            width: 20,
            height: 20,
            color: "#999",
            label: "B",
            faded: true,
            emphasis: false,
          },
        ],
        edges: [
          {
            id: "e",
            points: [
              { x: 0, y: 0 },
              { x: 100, y: 50 },
            ],
            curved: false,
            color: "#1d4ed8",
            width: 2,
            dashed: true,
            dotted: false,
            faded: false,
          },
          {
            id: "c",
            points: [
              { x: 0, y: 0 },
              { x: 100, y: 50 },
            ],
            curved: false,
            color: "#c026d3",
            width: 2,
            dashed: false,
            dotted: false,
            faded: false,
            bothHeads: true,
          },
        ],
      },
      "Plangraf <test>",
    );
    expect(svg).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain("<title>Plangraf &lt;test&gt;</title>");
    expect(svg.match(/<polygon points=/g)).toHaveLength(1);
    expect(svg.match(/<ellipse /g)).toHaveLength(1);
    expect(svg).toContain('<path id="e" d="M0,0 L100,50"');
    expect(svg).toContain('stroke-dasharray="6 4"');
    // A symmetric relation has a head at both ends; the others only at the target.
    expect(svg).toMatch(/<path id="c" [^>]*marker-start="url\(#arrow\)" marker-end="url\(#arrow\)"/);
    expect(svg).not.toMatch(/<path id="e" [^>]*marker-start/);
    expect(svg).toContain("Digitaliserings");
    expect(svg).toContain("strategi &amp; IT");
    expect(escapeXml('"<&>')).toBe("&quot;&lt;&amp;&gt;");
    expect(wrapLabel("Udvikling af strategisk platform Lotus Notes")).toEqual([
      "Udvikling af",
      "strategisk platform",
      "Lotus Notes",
    ]);
  });
});

describe("packLanes", () => {
  it("stacks overlapping markers and reuses free lanes", async () => {
    const { packLanes, labelWidth } = await import("../../../client/src/features/timeline/lib/pack-lanes");
    expect(
      packLanes([
        { x: 0, width: 100 },
        { x: 50, width: 100 },
        { x: 120, width: 50 },
        { x: 160, width: 10 },
      ]),
    ).toEqual([0, 1, 0, 1]);
    expect(labelWidth("x".repeat(1000))).toBe(260);
  });
});
