import { beforeAll, describe, expect, it } from "vitest";
import { evidenceChain } from "../../../client/src/features/impact/lib/evidence-chain";
import { impactCsv } from "../../../client/src/features/impact/lib/impact-csv";
import { impactHighlight } from "../../../client/src/features/impact/lib/impact-highlight";
import { cutReason } from "../../../client/src/features/impact/lib/cut-reason";
import { sortImpacted } from "../../../client/src/features/impact/lib/sort-impacted";
import { groupByDepartment, ownDepartment } from "../../../client/src/lib/group-by-department";
import { loadMessages, translate } from "../../../client/src/lib/i18n/translate";

// English comes on demand in the app; these tests read it.
beforeAll(() => loadMessages("en"));

const it_ = { id: "d:it", name: "IT-afdelingen" };
const oek = { id: "d:oek", name: "Økonomiafdelingen" };
const bs = { id: "d:bs", name: "Borgmestersekretariatet" };

// Focus.IT <- IT E (uses) <- IT F (depends on E); Økonomi C uses Focus.IT.
const e = (id: string, from: string, to: string) => ({
  id,
  type: "USES" as const,
  evidence: `ev ${id}`,
  section: `s ${id}`,
  inferred: false,
  from: { id: from },
  to: { id: to },
});
const nodes = [
  {
    depth: 1,
    node: { id: "g:it:e", name: "Digitaliseringsstrategi", kind: "GOAL" as const, department: it_ },
    via: [e("x1", "g:it:e", "s:focus")],
  },
  {
    depth: 2,
    node: { id: "g:it:f", name: "Ressourcestrategi", kind: "GOAL" as const, department: it_ },
    via: [e("x2", "g:it:f", "g:it:e")],
  },
  {
    depth: 1,
    node: { id: "g:oek:c", name: "Budgetmodel", kind: "GOAL" as const, department: oek },
    via: [e("x3", "g:oek:c", "s:focus")],
  },
  {
    depth: 1,
    node: { id: "o:kmd", name: "KMD", kind: "ORGANISATION" as const, department: null },
    via: [e("x4", "o:kmd", "s:focus")],
  },
  {
    depth: 1,
    node: { id: "d:bs", name: "Borgmestersekretariatet", kind: "DEPARTMENT" as const, department: null },
    via: [e("x5", "d:bs", "s:focus")],
  },
];

describe("groupByDepartment", () => {
  it("groups in Danish name order, departments as their own group, no-department last", () => {
    const groups = groupByDepartment(sortImpacted(nodes), (n) => ownDepartment(n.node));
    expect(groups.map((g) => [g.department?.name ?? null, g.items.map((i) => i.node.id)])).toEqual([
      ["Borgmestersekretariatet", ["d:bs"]],
      ["IT-afdelingen", ["g:it:e", "g:it:f"]],
      ["Økonomiafdelingen", ["g:oek:c"]],
      [null, ["o:kmd"]],
    ]);
    expect(ownDepartment({ id: bs.id, name: bs.name, kind: "DEPARTMENT" })).toEqual(bs);
  });
});

describe("evidenceChain", () => {
  it("follows via edges back to the root", () => {
    expect(evidenceChain(nodes, "s:focus", "g:it:f").map((h) => h.id)).toEqual(["x1", "x2"]);
    expect(evidenceChain(nodes, "s:focus", "g:oek:c").map((h) => h.id)).toEqual(["x3"]);
  });

  it("works upstream too (edges point away from the root)", () => {
    const up = [
      { depth: 1, node: { id: "b" }, via: [e("u1", "a", "b")] },
      { depth: 2, node: { id: "c" }, via: [e("u2", "b", "c")] },
    ];
    expect(evidenceChain(up, "a", "c").map((h) => h.id)).toEqual(["u1", "u2"]);
  });

  it("stops on a node it cannot place", () => {
    expect(evidenceChain(nodes, "s:focus", "nowhere")).toEqual([]);
  });
});

describe("impactHighlight", () => {
  it("lists root, nodes and edges", () => {
    expect(impactHighlight({ root: { id: "r" }, nodes: [{ node: { id: "a" } }], edges: [{ id: "e" }] })).toEqual({
      root: "r",
      nodes: ["a"],
      edges: ["e"],
    });
  });
});

describe("impactCsv", () => {
  it("writes one row per affected node with department, chain and evidence", () => {
    const t = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate("da", key, p);
    const groups = groupByDepartment(
      sortImpacted(nodes.slice(0, 2)).map((n) => ({ ...n, chain: ["Focus.IT", n.node.name] })),
      (n) => ownDepartment(n.node),
    );
    const csv = impactCsv(groups, t, ";");
    expect(csv.split("\r\n")).toEqual([
      "\uFEFFAfdeling;Navn;Type;Trin;Kæde;Relation;Citat fra planen;Afsnit;Id",
      "IT-afdelingen;Digitaliseringsstrategi;Hovedmål;1;Focus.IT → Digitaliseringsstrategi;bruger;ev x1;s x1;g:it:e",
      "IT-afdelingen;Ressourcestrategi;Hovedmål;2;Focus.IT → Ressourcestrategi;bruger;ev x2;s x2;g:it:f",
      "",
    ]);
  });
});

describe("cutReason", () => {
  const da = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate("da", key, params);
  const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) =>
    translate("en", key, params);

  it("says in Danish what lies beyond the depth, with 'mindst' when the search stopped looking", () => {
    const impact = {
      direction: "DOWNSTREAM",
      maxDepth: 2,
      cut: { nodesBeyondDepth: 7, beyondIsLowerBound: true, nodesWithinDepth: 12, nodeLimit: null },
    };
    expect(cutReason(impact, da)).toBe("dybde 2 er nået, og mindst 7 noder mere ligger længere nedstrøms");
    expect(cutReason({ ...impact, direction: "UPSTREAM" }, en)).toBe(
      "depth 2 reached, and at least 7 more nodes lie further upstream",
    );
  });

  it("adds the node cap and falls back to a general sentence without numbers", () => {
    const impact = {
      direction: "DOWNSTREAM",
      maxDepth: 6,
      cut: { nodesBeyondDepth: 3, beyondIsLowerBound: false, nodesWithinDepth: 812, nodeLimit: 500 },
    };
    expect(cutReason(impact, da)).toBe(
      "dybde 6 er nået, og 3 noder mere ligger længere nedstrøms; listen er afkortet til 500 af 812 noder inden for dybden",
    );
    expect(
      cutReason(
        { ...impact, cut: { nodesBeyondDepth: 0, beyondIsLowerBound: true, nodesWithinDepth: 4, nodeLimit: null } },
        da,
      ),
    ).toBe("grænsen er nået");
  });
});
