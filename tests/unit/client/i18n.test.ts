import { describe, expect, it } from "vitest";
import { da } from "../../../client/src/lib/i18n/da";
import { en } from "../../../client/src/lib/i18n/en";
import { placeholders, translate } from "../../../client/src/lib/i18n/translate";
import { NODE_KINDS, RELATION_TYPES } from "../../../client/src/lib/vocabulary";

describe("UI strings", () => {
  const keys = Object.keys(da).sort();

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
