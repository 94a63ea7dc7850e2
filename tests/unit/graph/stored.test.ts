/**
 * The stored shape (graph/stored.ts): slugs of Danish names and headings, edge keys, the
 * plan of an id, and the property maps every writer stores.
 */
import { describe, expect, it } from "vitest";
import { sectionAnchor as clientAnchor } from "../../../client/src/lib/plan-link.js";
import { sectionAnchor as serverAnchor } from "../../../api/modules/plan-document/plan-sections.js";
import { factIds } from "../../../graph/repositories/suggestion-facts.js";
import { edgeKey, edgeProps, idSlug, nodeProps, patchProps, planIdOf, slugify } from "../../../graph/stored.js";
import { ids } from "../../../seeds/facts/refs.js";
import { nameSlug } from "../../../seeds/suggest/ids.js";

const HEADINGS: [string, string][] = [
  ["Økonomiafdelingen", "oekonomiafdelingen"],
  ["IT-afdelingen", "it-afdelingen"],
  ["Lyngby-Taarbæk Kommune", "lyngby-taarbaek-kommune"],
  ["Ældre- og Sundhedsforvaltningen", "aeldre-og-sundhedsforvaltningen"],
  ["ÆBLE ØL ÅL", "aeble-oel-aal"],
  [
    "IT-afdelingen > 3. Hovedmål og indsatsområder > E. Digitaliseringsstrategi",
    "it-afdelingen-3-hovedmaal-og-indsatsomraader-e-digitaliseringsstrategi",
  ],
  ["Status på 2008-målene", "status-paa-2008-maalene"],
  ["OPUS e-indkøb", "opus-e-indkoeb"],
  ["Focus.IT", "focus-it"],
  ["Café Øresund", "cafe-oeresund"],
  // "å" typed as "a" + combining ring is spelt like the composed letter.
  ["Gla\u030ade dage", "glaade-dage"],
  ["  – Indledning –  ", "indledning"],
];

describe("slugify", () => {
  it.each(HEADINGS)("%s -> %s", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it("is empty for text without letters or digits; an id segment is then x", () => {
    expect(slugify(" – … ")).toBe("");
    expect(idSlug(" – … ")).toBe("x");
    expect(idSlug("OPUS Økonomi")).toBe("opus-oekonomi");
  });

  it("gives the plan reader's anchors on the server and in the client alike", () => {
    for (const [text, slug] of HEADINGS) {
      expect(serverAnchor(text)).toBe(slug || "top");
      expect(clientAnchor(text)).toBe(serverAnchor(text));
    }
    expect(clientAnchor("")).toBe("top");
  });

  it("gives department ids and suggested ids as the facts files and acceptance do", () => {
    expect(ids.department("ltk-okf-2009", "Økonomiafdelingen")).toBe("ltk-okf-2009:oekonomiafdelingen");
    expect(factIds.system("p", "OPUS Økonomi")).toBe(ids.system("p", nameSlug("OPUS Økonomi")));
    expect(factIds.organisation("p", "KMD A/S")).toBe("p:org:kmd-a-s");
  });
});

describe("ids and keys", () => {
  it("keys an edge by from, type and to", () => {
    expect(edgeKey({ from: "p:it", type: "USES", to: "p:system:opus" })).toBe("p:it|USES|p:system:opus");
  });

  it.each([
    ["ltk-okf-2009", "ltk-okf-2009"],
    ["ltk-okf-2009:it-afdelingen", "ltk-okf-2009"],
    ["ltk-okf-2009:it-afdelingen:e:3", "ltk-okf-2009"],
  ])("%s belongs to plan %s", (id, plan) => {
    expect(planIdOf(id)).toBe(plan);
  });
});

describe("nodeProps", () => {
  it("stores the facts without nulls, with the plan of the id, aliasText and the first version", () => {
    expect(
      nodeProps({
        id: "p:system:opus",
        kind: "System",
        name: "OPUS",
        aliases: ["Opus", "OPUS Løn"],
        unitOf: null,
        endDate: undefined,
      }),
    ).toEqual({
      id: "p:system:opus",
      kind: "System",
      name: "OPUS",
      aliases: ["Opus", "OPUS Løn"],
      aliasText: "Opus · OPUS Løn",
      planId: "p",
      version: 1,
    });
  });

  it("derives aliasText again instead of keeping one it is given, and none without aliases", () => {
    expect(nodeProps({ id: "p:org:kmd", aliases: ["KMD"], aliasText: "stale" }).aliasText).toBe("KMD");
    expect(nodeProps({ id: "p:org:kmd", aliases: [] }).aliasText).toBe("");
    expect(nodeProps({ id: "p:it", aliasText: "stale" })).not.toHaveProperty("aliasText");
  });

  it("keeps the version a restored node carries, and starts others at 1", () => {
    expect(nodeProps({ id: "p:it", version: 4 }).version).toBe(4);
    expect(nodeProps({ id: "p:it", version: 0 }).version).toBe(1);
    expect(nodeProps({ id: "p:it", version: "4" }).version).toBe(1);
  });

  it("refuses a node whose planId is not the plan of its id", () => {
    expect(() => nodeProps({ id: "p:it", planId: "q" })).toThrow(/belongs to plan "q", but its id is of "p"/);
  });
});

describe("edgeProps", () => {
  it("stores the facts, the key, inferred false and reason '' unless given, and the first version", () => {
    expect(
      edgeProps({
        from: "p:it:a",
        type: "USES",
        to: "p:system:opus",
        evidence: "OPUS",
        section: "IT > A",
        reason: null,
        origin: "curated",
      }),
    ).toEqual({
      key: "p:it:a|USES|p:system:opus",
      evidence: "OPUS",
      section: "IT > A",
      inferred: false,
      reason: "",
      origin: "curated",
      version: 1,
    });
  });

  it("derives the key from the ends and keeps a restored version", () => {
    const props = edgeProps({ from: "p:a", type: "DEPENDS_ON", to: "p:b", key: "stale", version: 3, inferred: true });
    expect(props).toMatchObject({ key: "p:a|DEPENDS_ON|p:b", version: 3, inferred: true });
    expect(props).not.toHaveProperty("from");
  });
});

describe("patchProps", () => {
  it("writes the next version, and aliasText when the aliases change", () => {
    expect(patchProps({ name: "OPUS" }, 2)).toEqual({ name: "OPUS", version: 3 });
    expect(patchProps({ aliases: ["A", "B"], aliasText: "stale" }, 1)).toEqual({
      aliases: ["A", "B"],
      aliasText: "A · B",
      version: 2,
    });
  });
});
