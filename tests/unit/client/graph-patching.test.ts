import type { ElementDefinition } from "cytoscape";
import { describe, expect, it } from "vitest";
import { diffElements, elementSignature } from "../../../client/src/features/graph/lib/element-diff";
import { toGraphFilter } from "../../../client/src/features/graph/lib/graph-filter";
import { highlightClasses } from "../../../client/src/features/graph/lib/highlight-classes";
import { isFilterActive, toggleFilter } from "../../../client/src/features/graph/lib/toggle-filter";

const node = (id: string, label = id): ElementDefinition => ({
  group: "nodes",
  data: { id, label },
  classes: "kind-goal",
});
const onScreen = (els: ElementDefinition[]) => new Map(els.map((e) => [String(e.data.id), elementSignature(e)]));

describe("diffElements", () => {
  it("adds, removes and updates by id", () => {
    const diff = diffElements(onScreen([node("a"), node("b"), node("c")]), [node("a"), node("b", "B!"), node("d")]);
    expect(diff.add.map((e) => e.data.id)).toEqual(["d"]);
    expect(diff.remove).toEqual(["c"]);
    expect(diff.update.map((e) => e.data.id)).toEqual(["b"]);
    expect(diff.setChanged).toBe(true);
  });

  it("only updates in place when the set is the same (no new layout)", () => {
    const diff = diffElements(onScreen([node("a"), node("b")]), [node("a", "A"), node("b")]);
    expect(diff).toEqual({ add: [], remove: [], update: [node("a", "A")], setChanged: false });
  });

  it("does nothing for the same elements", () => {
    expect(diffElements(onScreen([node("a")]), [node("a")])).toEqual({
      add: [],
      remove: [],
      update: [],
      setChanged: false,
    });
  });
});

describe("highlightClasses", () => {
  it("marks root, hit nodes and edges and fades the rest", () => {
    const plan = highlightClasses(["r", "n1", "n2", "e1", "e2"], { root: "r", nodes: ["r", "n1", "x"], edges: ["e1"] });
    expect([...plan]).toEqual([
      ["r", ["hl-root"]],
      ["n1", ["hl-node"]],
      ["n2", ["faded"]],
      ["e1", ["hl-edge"]],
      ["e2", ["faded"]],
    ]);
  });

  it("adds nothing without a highlight", () => {
    expect([...highlightClasses(["a", "b"], null)]).toEqual([
      ["a", []],
      ["b", []],
    ]);
  });
});

describe("toggleFilter", () => {
  const all = ["a", "b", "c"];
  it("treats empty as all: unchecking one keeps the others", () => {
    expect(toggleFilter(all, [], "b")).toEqual(["a", "c"]);
  });
  it("goes back to empty when all are on again", () => {
    expect(toggleFilter(all, ["a", "c"], "b")).toEqual([]);
  });
  it("never switches off the last one", () => {
    expect(toggleFilter(all, ["a"], "a")).toEqual(["a"]);
  });
  it("knows what is active", () => {
    expect(isFilterActive([], "a")).toBe(true);
    expect(isFilterActive(["b"], "a")).toBe(false);
  });
});

describe("toGraphFilter", () => {
  it("leaves out empty lists and sorts the rest (stable cache key)", () => {
    expect(
      toGraphFilter({ departments: ["z", "a"], kinds: [], relations: ["USES"], crossOnly: false, inferred: false }),
    ).toEqual({
      departments: ["a", "z"],
      relationTypes: ["USES"],
    });
    expect(toGraphFilter({ departments: [], kinds: [], relations: [], crossOnly: true, inferred: false })).toEqual({
      crossDepartmentOnly: true,
    });
  });

  it("asks for inferred cross-department edges only with cross-department only and 'include inferred'", () => {
    expect(toGraphFilter({ departments: [], kinds: [], relations: [], crossOnly: true, inferred: true })).toEqual({
      crossDepartmentOnly: true,
      include: ["STATED", "VIA_SYSTEM", "INFERRED"],
    });
    expect(toGraphFilter({ departments: [], kinds: [], relations: [], crossOnly: false, inferred: true })).toEqual({});
  });
});
