import { beforeAll, describe, expect, it } from "vitest";
import { groupEdgesByReading } from "../../../client/src/features/details/lib/group-edges";
import { farEnd, isHub, walkDirection } from "../../../client/src/features/impact/lib/hop-walk";
import { RELATION_INFO, RELATION_TYPE_ORDER } from "../../../client/src/gql/relations";
import { displayName } from "../../../client/src/lib/display-name";
import { loadMessages, translate } from "../../../client/src/lib/i18n/translate";
import { RELATION_STYLES } from "../../../client/src/lib/relation-style";
import { edgePhrase, otherEnd, relationText } from "../../../client/src/lib/relation-text";
import { RELATION_CLASSES, RELATION_TYPES } from "../../../client/src/lib/vocabulary";

// English comes on demand in the app; these tests read it.
beforeAll(() => loadMessages("en"));

describe("the relationship vocabulary comes from the table", () => {
  it("lists every type of the table once, dependencies first, in the table's order within a class", () => {
    expect([...RELATION_TYPES].sort()).toEqual([...RELATION_TYPE_ORDER].sort());
    const classes = RELATION_TYPES.map((type) => RELATION_CLASSES.indexOf(RELATION_INFO[type].class));
    expect(classes).toEqual([...classes].sort((a, b) => a - b));
    expect(RELATION_TYPES.slice(0, 2)).toEqual(
      RELATION_TYPE_ORDER.filter((type) => RELATION_INFO[type].class === "dependency").slice(0, 2),
    );
  });

  it("labels each type in both languages with the table's label", () => {
    for (const type of RELATION_TYPE_ORDER) {
      expect(translate("da", `rel.${type}`)).toBe(RELATION_INFO[type].da.label);
      expect(translate("en", `rel.${type}`)).toBe(RELATION_INFO[type].en.label);
    }
  });

  it("reads an edge with the verb from its start, the inverse from its far end, a symmetric one alike from both", () => {
    expect(edgePhrase("USES", "da", "from")).toBe(RELATION_INFO.USES.da.verb);
    expect(edgePhrase("USES", "da", "to")).toBe(RELATION_INFO.USES.da.inverse);
    expect(edgePhrase("USES", "da", "to")).not.toBe(edgePhrase("USES", "da", "from"));
    expect(edgePhrase("COORDINATES_WITH", "en", "to")).toBe(RELATION_INFO.COORDINATES_WITH.en.verb);
    expect(relationText("TAKES_DATA_FROM", "da").legend).toBe(RELATION_INFO.TAKES_DATA_FROM.da.legend);
  });

  it("styles every type; a symmetric one with a head at both ends, nothing dashed (dashed means inferred)", () => {
    for (const type of RELATION_TYPE_ORDER) {
      const style = RELATION_STYLES[type];
      expect(style, type).toBeDefined();
      expect(style.bothHeads).toBe(RELATION_INFO[type].symmetric);
      expect(style.line).not.toBe("dashed");
    }
    expect(RELATION_STYLES.COORDINATES_WITH.bothHeads).toBe(true);
    expect(RELATION_STYLES.CONTINUES_AS.line).toBe("dotted");
  });
});

describe("details: edges grouped by how they read from the node", () => {
  const e = (id: string, type: "USES" | "ADVANCES" | "COORDINATES_WITH", from: string, to: string) => ({
    id,
    type,
    from: { id: from },
    to: { id: to },
  });

  it("puts the node's own end and the far end in separate groups; a coordination in one group whichever end", () => {
    const edges = [
      e("1", "USES", "g:e", "s:focus"),
      e("2", "USES", "g:x", "g:e"),
      e("3", "COORDINATES_WITH", "g:e", "g:y"),
      e("4", "COORDINATES_WITH", "g:z", "g:e"),
      e("5", "ADVANCES", "g:e", "t:1"),
    ];
    expect(groupEdgesByReading(edges, "g:e").map((g) => [g.type, g.end, g.edges.map((x) => x.id)])).toEqual([
      ["USES", "from", ["1"]],
      ["USES", "to", ["2"]],
      ["COORDINATES_WITH", "from", ["3", "4"]],
      ["ADVANCES", "from", ["5"]],
    ]);
    expect(otherEnd(edges[3]!, "g:e").id).toBe("g:z");
  });
});

describe("impact hops", () => {
  it("says how the walk runs over each edge", () => {
    // Focus.IT slips; E uses Focus.IT: the walk Focus.IT -> E runs against the edge.
    const uses = { type: "USES" as const, from: { id: "g:e" }, to: { id: "s:focus" } };
    expect(walkDirection(uses, "s:focus")).toBe("AGAINST");
    expect(farEnd(uses, "g:e")).toBe("s:focus");
    // E advances the theme: the walk E -> theme follows the edge.
    expect(walkDirection({ type: "ADVANCES", from: { id: "g:e" } }, "g:e")).toBe("ALONG");
    expect(walkDirection({ type: "COORDINATES_WITH", from: { id: "a" } }, "b")).toBe("SYMMETRIC");
  });

  it("marks departments, organisations and themes as hubs, and names goals with their letter", () => {
    expect(["DEPARTMENT", "ORGANISATION", "THEME", "GOAL", "SYSTEM"].map((kind) => isHub({ kind }))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(displayName({ name: "Digitaliseringsstrategi", kind: "GOAL", letter: "E" })).toBe(
      "E. Digitaliseringsstrategi",
    );
    expect(displayName({ name: "Focus.IT", kind: "SYSTEM" })).toBe("Focus.IT");
  });
});
