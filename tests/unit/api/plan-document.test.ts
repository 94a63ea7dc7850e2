/** The plan reader's sections (pure: Markdown in, sections out), its Cypher, and the client's anchor matching the server's. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { planSections, sectionAnchor } from "../../../api/modules/plan-document/plan-sections.js";
import { toPlanDocument } from "../../../api/modules/plan-document/plan-document.js";
import * as planDocument from "../../../graph/cypher/plan-document.cypher.js";
import * as whatIf from "../../../graph/cypher/what-if.cypher.js";
import { sectionAnchor as clientAnchor } from "../../../client/src/lib/plan-link.js";

const MD = `**Økonomisk Forvaltnings virksomhedsplan 2009**

**IT-afdelingens virksomhedsplan 2009**

**3. Hovedmål, strategier samt indsatsområder for 2009**

**E. Valg****Hovedmål**

At afvikle valgene:

- 7. juni (valg til EU parlamentet)
- 17. november (kommunalvalg)
`;

describe("planSections", () => {
  it("opens a section per heading path, glued bold headings each their own, with text blocks and anchors", () => {
    const sections = planSections(MD);
    expect(sections.map((s) => [s.heading, s.level, s.anchor])).toEqual([
      ["Økonomisk Forvaltnings virksomhedsplan 2009", 1, "oekonomisk-forvaltnings-virksomhedsplan-2009"],
      ["IT-afdelingens virksomhedsplan 2009", 1, "it-afdelingen"],
      [
        "3. Hovedmål, strategier samt indsatsområder for 2009",
        2,
        "it-afdelingen-3-hovedmaal-strategier-samt-indsatsomraader-for-2009",
      ],
      ["E. Valg", 3, "it-afdelingen-3-hovedmaal-strategier-samt-indsatsomraader-for-2009-e-valg"],
      ["Hovedmål", 4, "it-afdelingen-3-hovedmaal-strategier-samt-indsatsomraader-for-2009-e-valg-hovedmaal"],
    ]);
    expect(sections[4]!.blocks.map((b) => [b.kind, b.text])).toEqual([
      ["PARAGRAPH", "At afvikle valgene:"],
      ["BULLET", "7. juni (valg til EU parlamentet)"],
      ["BULLET", "17. november (kommunalvalg)"],
    ]);
  });

  it("gives the seed plan unique anchors, and the client computes the same anchor from a section", () => {
    const sections = planSections(readFileSync("seeds/virksomhedsplan-2009.md", "utf8"));
    expect(new Set(sections.map((s) => s.anchor)).size).toBe(sections.length);
    for (const s of sections.filter((x) => x.section)) expect(clientAnchor(s.section)).toBe(sectionAnchor(s.section));
  });

  it("files a quote with the section that holds it and nodes with their section", () => {
    const edge = {
      section: "IT-afdelingen > 3. Hovedmål, strategier samt indsatsområder for 2009 > E. Valg > Hovedmål",
      quote: "17. november  (kommunalvalg)",
      id: "e1",
      type: "HAS_MILESTONE",
      from: { id: "g", name: "E", kind: "Goal" },
      to: { id: "m", name: "Valg", kind: "Milestone" },
    };
    const doc = toPlanDocument({
      planId: "p",
      file: "p.md",
      markdown: MD,
      edges: [edge],
      nodes: [{ section: "IT-afdelingen", node: { id: "d", name: "IT", kind: "Department" } }],
    });
    expect(doc.sections[4]!.quotes.map((q) => q.id)).toEqual(["e1"]);
    expect(doc.sections[1]!.nodes.map((n) => n.id)).toEqual(["d"]);
  });

  it.each(Object.entries({ ...planDocument, ...whatIf }))(
    "Cypher %s takes every value as a parameter",
    (_name, cypher) => {
      expect(cypher).toMatchSnapshot();
    },
  );
});
