import { describe, expect, it } from "vitest";
import { generatePlans } from "../../../graph/synthetic/generate.js";
import { toGraphView } from "../../bench/client/graph-view.js";
import { canonical } from "../../bench/lib/canonical.js";
import { percentile, summarize } from "../../bench/lib/stats.js";
import { markdownTable } from "../../bench/report.js";

describe("bench statistics", () => {
  it("takes nearest-rank percentiles", () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 95)).toBe(95);
    expect(percentile([7], 95)).toBe(7);
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, p50: 2, min: 1, max: 3 });
  });
});

describe("client bench data", () => {
  it.each([2_000, 5_000])("cuts synthetic plans to exactly %i elements, edges only between kept nodes", (elements) => {
    const view = toGraphView([...generatePlans(0, 8)], elements);
    expect(view.nodes.length + view.edges.length).toBe(elements);
    const ids = new Set(view.nodes.map((n) => n.id));
    expect(view.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(new Set(view.nodes.map((n) => n.kind))).toContain("STATUS_ITEM");
  });
});

describe("bench report", () => {
  it("compares answers whatever the key order", () => {
    expect(canonical({ b: 1, a: [{ d: 2, c: 3 }] })).toBe(canonical({ a: [{ c: 3, d: 2 }], b: 1 }));
  });

  it("prints rows as a Markdown table, escaping pipes", () => {
    const table = markdownTable([
      { section: "s", case: "a|b", measure: "m", value: "1", ratio: 1.234, target: "t", verdict: "met" },
    ]);
    expect(table.split("\n")[2]).toBe("| s | a\\|b | m | 1 | 1.23x | t | met |");
  });
});
