import { beforeAll, describe, expect, it } from "vitest";
import { da } from "../../../client/src/lib/i18n/da";
import { en } from "../../../client/src/lib/i18n/en";
import { isLoaded, loadMessages, MESSAGES, placeholders, translate } from "../../../client/src/lib/i18n/translate";
import { NODE_KINDS, RELATION_TYPES } from "../../../client/src/lib/vocabulary";

// English comes on demand in the app; these tests read it.
beforeAll(() => loadMessages("en"));

describe("UI strings", () => {
  const keys = Object.keys(da).sort();

  it("loads English on demand: the same dictionary as en.ts, kept once loaded", async () => {
    await loadMessages("en");
    expect(isLoaded("en")).toBe(true);
    expect(MESSAGES.en).toBe(en);
    expect(translate("en", "nav.graph")).toBe(en["nav.graph"]);
    expect(translate("en", "nav.graph")).not.toBe(da["nav.graph"]);
  });

  it("has every key in both languages, and no extra ones", () => {
    expect(Object.keys(en).sort()).toEqual(keys);
  });

  it.each(keys)("%s is non-empty and has the same placeholders in both", (key) => {
    const k = key as keyof typeof da;
    expect(da[k].trim()).not.toBe("");
    expect(en[k].trim()).not.toBe("");
    expect(placeholders(en[k])).toEqual(placeholders(da[k]));
  });

  it("names every node kind and relation type", () => {
    for (const kind of NODE_KINDS) expect(keys).toContain(`kind.${kind}`);
    for (const rel of RELATION_TYPES) expect(keys).toContain(`rel.${rel}`);
  });

  it("fills placeholders", () => {
    expect(translate("da", "graph.count", { nodes: 3, edges: 2 })).toBe("3 noder · 2 relationer");
    expect(translate("en", "graph.count", { nodes: 3, edges: 2 })).toBe("3 nodes · 2 relationships");
  });
});

describe("counts in front of nouns follow each language's plural rules", () => {
  it.each([
    [0, "0 resultater"],
    [1, "1 resultat"],
    [2, "2 resultater"],
  ])("Danish: %i search hits read %s", (count, text) => {
    expect(translate("da", "search.hitCount", { count })).toBe(text);
  });

  it.each([
    [0, "0 results"],
    [1, "1 result"],
    [5, "5 results"],
  ])("English: %i search hits read %s", (count, text) => {
    expect(translate("en", "search.hitCount", { count })).toBe(text);
  });

  it("chooses each count's form on its own in one sentence", () => {
    expect(translate("da", "graph.count", { nodes: 1, edges: 2 })).toBe("1 node · 2 relationer");
    expect(translate("en", "graph.count", { nodes: 2, edges: 1 })).toBe("2 nodes · 1 relationship");
    expect(translate("da", "impact.summary", { count: 1, departments: 1, depth: 3 })).toBe(
      "1 berørt node i 1 afdeling (dybde ≤ 3).",
    );
    expect(translate("en", "impact.summary", { count: 4, departments: 1, depth: 3 })).toBe(
      "4 affected nodes in 1 department (depth ≤ 3).",
    );
  });

  it("fills plain placeholders inside a plural form", () => {
    expect(translate("en", "whatIf.summary", { from: "a", to: "b", days: 1, goals: 1, initiatives: 3 })).toBe(
      "a → b (1 day): 1 goal and 3 initiatives are hit.",
    );
  });

  it("takes the other form for a count given as words", () => {
    expect(translate("da", "impact.cut.beyond.DOWNSTREAM", { depth: 2, count: "mindst 1" })).toBe(
      "dybde 2 er nået, og mindst 1 noder mere ligger længere nedstrøms",
    );
    expect(translate("da", "impact.cut.beyond.DOWNSTREAM", { depth: 2, count: "1" })).toBe(
      "dybde 2 er nået, og 1 node mere ligger længere nedstrøms",
    );
  });

  it("names a plural block's count as a placeholder, once", () => {
    expect(placeholders("{count, plural, one {# node i {dept}} other {# noder i {dept}}}")).toEqual(["count", "dept"]);
  });
});
