import { describe, expect, it } from "vitest";
import type { NodeKind, RelType } from "../../../graph/model.js";
import { slipGraphOf, slipTarget, spreadSlip, type ImpactWay } from "../../../graph/repositories/algorithms/slip.js";
import { HUB_KINDS, RELATIONS, REL_TYPES } from "../../../graph/relations.js";

const kinds = new Map<string, NodeKind>([
  ["opus", "System"],
  ["loen", "System"],
  ["gopro", "System"],
  ["dept", "Department"],
  ["kmd", "Organisation"],
  ["g1", "Goal"],
  ["g2", "Goal"],
  ["g3", "Goal"],
  ["i1", "Initiative"],
  ["theme", "Theme"],
  ["s2008", "StatusItem"],
  ["ms", "Milestone"],
]);
const e = (from: string, type: RelType, to: string) => ({ from, type, to });
const spread = (root: string, way: ImpactWay, edges: ReturnType<typeof e>[]) =>
  Object.fromEntries(spreadSlip(root, way, slipGraphOf(edges, kinds)).depth);

describe("the relationship table", () => {
  it("gives every type its endpoints, meaning in both languages and a slip rule", () => {
    for (const type of REL_TYPES) {
      const spec = RELATIONS[type];
      expect(spec.from.length, type).toBeGreaterThan(0);
      expect(spec.to.length, type).toBeGreaterThan(0);
      expect(spec.da.verb && spec.en.verb && spec.da.legend && spec.en.legend, type).toBeTruthy();
      if (spec.symmetric) expect(spec.slip, type).toBe("both");
      if (spec.slip === "none") expect(spec.passesOn, type).toBe(false);
    }
    expect(HUB_KINDS).toEqual(expect.arrayContaining(["Department", "Organisation", "Theme", "Plan"]));
  });
});

describe("slip rules", () => {
  it("travels from the needed end to the needing end downstream, and back upstream", () => {
    expect(slipTarget(e("g1", "USES", "opus"), "opus", "downstream")).toBe("g1");
    expect(slipTarget(e("g1", "USES", "opus"), "g1", "downstream")).toBeNull();
    expect(slipTarget(e("g1", "USES", "opus"), "g1", "upstream")).toBe("opus");
    expect(slipTarget(e("g1", "ADVANCES", "theme"), "g1", "downstream")).toBe("theme");
    expect(slipTarget(e("dept", "OWNS", "g1"), "dept", "downstream")).toBeNull();
    expect(slipTarget(e("dept", "RESPONSIBLE_FOR", "opus"), "opus", "downstream")).toBeNull();
  });

  it("travels both ways along a symmetric coordination", () => {
    const edges = [e("g1", "COORDINATES_WITH", "g2")];
    expect(spread("g1", "downstream", edges)).toEqual({ g2: 1 });
    expect(spread("g2", "downstream", edges)).toEqual({ g1: 1 });
    expect(spread("g2", "upstream", edges)).toEqual({ g1: 1 });
  });

  it("reports a department or organisation it reaches but never goes through it", () => {
    // g1 uses opus; the department "uses" it too in the old sense of a dependency; g2 involves the department.
    const edges = [
      e("g1", "USES", "opus"),
      e("g3", "DEPENDS_ON", "dept"),
      e("g2", "INVOLVES", "dept"),
      e("g1", "INVOLVES", "kmd"),
      e("g3", "INVOLVES", "kmd"),
    ];
    expect(spread("opus", "downstream", [...edges, e("dept", "COORDINATES_WITH", "opus")])).toEqual({ g1: 1, dept: 1 });
    expect(spread("g1", "upstream", edges)).toEqual({ opus: 1, kmd: 1 });
    // A department as the root does pass its slip on.
    expect(spread("dept", "downstream", edges)).toEqual({ g3: 1, g2: 1 });
  });

  it("hits a system that takes data from the one slipping, but not that system's users", () => {
    const edges = [e("gopro", "TAKES_DATA_FROM", "loen"), e("i1", "USES", "gopro"), e("loen", "PART_OF", "opus")];
    expect(spread("loen", "downstream", edges)).toEqual({ gopro: 1 });
    expect(spread("opus", "downstream", edges)).toEqual({ loen: 1, gopro: 2 });
    // Reached later along a relation that passes it on, it does pass it on.
    expect(spread("opus", "downstream", [...edges, e("gopro", "USES", "opus")])).toEqual({ loen: 1, gopro: 1, i1: 2 });
  });

  it("never hits a status line of the year before, nor passes through a theme", () => {
    const edges = [
      e("s2008", "USES", "opus"),
      e("g1", "USES", "opus"),
      e("g1", "ADVANCES", "theme"),
      e("g2", "ADVANCES", "theme"),
    ];
    expect(spread("opus", "downstream", edges)).toEqual({ g1: 1, theme: 2 });
  });

  it("hits a goal when an initiative or its date slips, never the initiatives when the goal slips", () => {
    const edges = [e("g1", "HAS_INITIATIVE", "i1"), e("g1", "HAS_MILESTONE", "ms"), e("g2", "DEPENDS_ON", "g1")];
    expect(spread("i1", "downstream", edges)).toEqual({ g1: 1, g2: 2 });
    expect(spread("ms", "downstream", edges)).toEqual({ g1: 1, g2: 2 });
    expect(spread("g1", "downstream", edges)).toEqual({ g2: 1 });
  });
});
