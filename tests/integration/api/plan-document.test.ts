/** The plan reader's document: the seed plan's stored Markdown as sections with anchors, and what quotes each section. */
import { describe, expect, it } from "vitest";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";
import { data, useApi } from "./harness.js";
import { operation } from "../../helpers/operation.js";

const h = useApi();
const DOC = operation<{ planDocument: { planId: string; file: string; sections: Section[] } }, { p: string }>(
  `query($p: ID!) { planDocument(planId: $p) { planId file sections { anchor section heading level blocks { kind text } quotes { id type quote from { id } to { id } } nodes { id kind } } } }`,
);

interface Section {
  anchor: string;
  section: string;
  heading: string;
  level: number;
  blocks: { kind: string; text: string }[];
  quotes: { id: string; type: string; quote: string; from: { id: string }; to: { id: string } }[];
  nodes: { id: string; kind: string }[];
}

describe("planDocument", () => {
  it("gives the seed plan's sections with unique anchors, the text, and the edges and nodes that quote each", async () => {
    await loadSeedPlan(h.db);
    const { planDocument } = await data(h, DOC, { p: SEED_PLAN_ID });
    expect(planDocument.file).toBe("virksomhedsplan-2009.md");
    const sections = planDocument.sections;
    expect(new Set(sections.map((s) => s.anchor)).size).toBe(sections.length);
    const valg = sections.find((s) => s.heading === "E. Valg og folkeafstemning")!;
    expect(valg.level).toBe(3);
    expect(valg.anchor).toBe(
      "borgmestersekretariatet-3-hovedmaal-strategier-samt-indsatsomraader-for-2009-e-valg-og-folkeafstemning",
    );
    expect(valg.nodes).toContainEqual({ id: `${SEED_PLAN_ID}:borgmestersekretariatet:e`, kind: "GOAL" });
    // Goal E's election edge sits with the passage it quotes.
    const quoted = sections
      .flatMap((s) => s.quotes.map((q) => ({ s, q })))
      .find(
        ({ q }) =>
          q.from.id === `${SEED_PLAN_ID}:borgmestersekretariatet:e` &&
          q.to.id === `${SEED_PLAN_ID}:milestone:kommunalvalg`,
      )!;
    expect(quoted.q.quote).toContain("17. november");
    expect(quoted.s.blocks.map((b) => b.text).join(" ")).toContain(quoted.q.quote);
    // Nearly every quote is found verbatim in the section it is filed under.
    const all = sections.flatMap((s) =>
      s.quotes.map((q) => ({
        text: s.blocks
          .map((b) => b.text)
          .join(" ")
          .replace(/\s+/g, " "),
        quote: q.quote.replace(/\s+/g, " "),
      })),
    );
    expect(all.filter((x) => x.text.includes(x.quote)).length / all.length).toBeGreaterThan(0.9);
  });

  it("is null for a plan without a stored source", async () => {
    expect((await data(h, DOC, { p: "no-such-plan" })).planDocument).toBeNull();
  });
});
