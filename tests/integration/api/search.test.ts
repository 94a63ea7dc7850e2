/** Danish full-text search: word forms, filters, literal Lucene syntax, escaped snippets. */
import { describe, expect, it } from "vitest";
import type { PlanGraph } from "../../../graph/model.js";
import { fixturePlan } from "../../helpers/fixture-plan.js";
import { operation } from "../../helpers/operation.js";
import { data, useApi } from "./harness.js";

const planId = "test-api-search";
const id = (local: string) => `${planId}:${local}`;

function withMarkup(): PlanGraph {
  const graph = fixturePlan(planId);
  graph.nodes.push({
    kind: "System",
    id: id("system:portal"),
    planId,
    name: "Portalen",
    source: "",
    category: "platform",
    aliases: ["Webportal"],
    description: "Bruges af <b>alle</b> ansatte & ledere til indberetning af fravær (OPUS 2).",
  });
  return graph;
}

const h = useApi(withMarkup);
interface SearchAnswer {
  search: { node: { id: string; kind: string }; field: string; snippet: string; score: number }[];
}
const SEARCH = operation<SearchAnswer, { t: string; k?: string[]; l?: number; p?: string }>(
  `query($t: String!, $k: [NodeKind!], $l: Int, $p: ID) { search(text: $t, kinds: $k, limit: $l, planId: $p) { node { id kind } field snippet score } }`,
);

describe("search", () => {
  it("matches Danish word forms: systemer finds systemet", async () => {
    const { search } = await data(h, SEARCH, { t: "systemer", p: planId });
    expect(search.map((hit) => hit.node.id)).toContain(id("oekonomi:a:1"));
    const hit = search.find((x) => x.node.id === id("oekonomi:a:1"));
    expect(hit).toMatchObject({ field: "name" });
    expect(hit?.snippet).toContain("<mark>systemet</mark>");
  });

  it("finds a goal by a word of its main goal, and marks it in the snippet", async () => {
    const { search } = await data(h, SEARCH, { t: "infrastruktur", p: planId });
    expect(search[0]?.node).toEqual({ id: id("it:a"), kind: "GOAL" });
    expect(search[0]?.snippet).toBe("A. <mark>Infrastruktur</mark>");
    expect(search[0]?.score).toBeGreaterThan(0);
  });

  it("ranks the node named by the text, or by one of its aliases, above those that mention it", async () => {
    const byName = await data(h, SEARCH, { t: "ØkoSys", p: planId });
    expect(byName.search[0]?.node).toEqual({ id: id("system:oes"), kind: "SYSTEM" });
    const byAlias = await data(h, SEARCH, { t: "webportal", p: planId });
    expect(byAlias.search[0]?.node).toEqual({ id: id("system:portal"), kind: "SYSTEM" });
  });

  it("filters by kind and limits the number of hits", async () => {
    const systems = await data(h, SEARCH, { t: "ØkoSys", k: ["SYSTEM"], p: planId });
    expect(systems.search.map((x) => x.node.kind)).toEqual(["SYSTEM", "SYSTEM"]);
    const one = await data(h, SEARCH, { t: "ØkoSys", l: 1, p: planId });
    expect(one.search).toHaveLength(1);
  });

  it("HTML-escapes the snippet around the marks", async () => {
    const { search } = await data(h, SEARCH, { t: "indberetning", p: planId });
    expect(search[0]).toMatchObject({ node: { id: id("system:portal") }, field: "description" });
    expect(search[0]?.snippet).toBe(
      "Bruges af &lt;b&gt;alle&lt;/b&gt; ansatte &amp; ledere til <mark>indberetning</mark> af fravær (OPUS 2).",
    );
  });

  it("searches aliases", async () => {
    const { search } = await data(h, SEARCH, { t: "webportal", p: planId });
    expect(search[0]).toMatchObject({
      node: { id: id("system:portal") },
      field: "aliases",
      snippet: "<mark>Webportal</mark>",
    });
  });

  it.each([
    "OPUS (2)",
    'a:b"',
    "AND",
    "NOT OR",
    "*",
    "\\",
    "[x TO y}",
    "~fravær^2",
    "!",
    "/regex/",
    "&& ||",
    "?",
    '"unclosed',
  ])("takes %j literally instead of failing", async (text) => {
    const result = await h.api.run(SEARCH, { t: text, p: planId });
    expect(result.errors).toBeUndefined();
    expect(Array.isArray(result.data?.search)).toBe(true);
  });

  it("still finds the words around Lucene syntax", async () => {
    const { search } = await data(h, SEARCH, { t: "fravær (OPUS 2)", p: planId });
    expect(search[0]?.node.id).toBe(id("system:portal"));
  });
});
