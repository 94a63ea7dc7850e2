/**
 * Word, Markdown and plain text give the parser the same plan: a .docx generated from the
 * 2009 plan (never checked in) and its plain-text rendering parse to the same structure
 * as the Markdown; bad files are refused with a one-line reason.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ImportError } from "../../../seeds/import/errors.js";
import { htmlToMarkdown } from "../../../seeds/import/html-to-markdown.js";
import { docxToMarkdown } from "../../../seeds/import/read-plan-file.js";
import { textToMarkdown } from "../../../seeds/import/text-to-markdown.js";
import { parsePlanDocument } from "../../../seeds/parser/parse-plan.js";
import { markdownToDocx } from "./make-docx.js";

const plan2009 = readFileSync("seeds/virksomhedsplan-2009.md", "utf8");

function structure(markdown: string) {
  const p = parsePlanDocument(markdown, { planId: "x", file: "plan" });
  return {
    title: p.title,
    year: p.year,
    themes: p.themes.map((t) => t.name),
    departments: p.departments.map((d) => ({
      name: d.name,
      staff: d.staff,
      tasks: d.mainTasks.length,
      status: d.statusItems.map((s) => [s.text, s.outcome]),
      goals: d.goals.map((g) => [g.letter, g.title, g.mainGoal, g.strategy, g.initiatives.map((i) => i.text)]),
    })),
  };
}

describe("import from Word", () => {
  it("a .docx made from the 2009 plan gives the same structure as the Markdown", async () => {
    const markdown = await docxToMarkdown(await markdownToDocx(plan2009), "plan.docx");
    expect(structure(markdown)).toEqual(structure(plan2009));
  });

  it("keeps headings, nested lists, bold and line breaks", () => {
    const html =
      "<h2>Om A virksomhedsplan 2010</h2><p><strong>Hovedmål:</strong> At &amp; gøre<br />det</p><ul><li>a<ul><li>b</li></ul></li></ul>";
    expect(htmlToMarkdown(html)).toBe("## Om A virksomhedsplan 2010\n\n**Hovedmål:** At & gøre\ndet\n\n- a\n  - b\n");
  });

  it.each([
    ["encrypted", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), /encrypted/],
    ["not a zip", Buffer.from("hello"), /not a Word document/],
    ["corrupt zip", Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(32)]), /corrupt \.docx/],
  ])("%s .docx is refused with one line", async (_name, bytes, reason) => {
    const error = await docxToMarkdown(bytes, "x.docx").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as Error).message).toMatch(reason);
    expect((error as Error).message).not.toContain("\n");
  });
});

describe("import from plain text", () => {
  it("recognises the plan's headings by their words and keeps its bullets", () => {
    const text = [
      "Solbjerg Forvaltnings virksomhedsplan 2011",
      "",
      "Vejafdelingens virksomhedsplan 2011",
      "",
      "3. Hovedmål, strategier og indsatsområder for 2011",
      "",
      "A. Ny vejdatabase",
      "",
      "Hovedmål",
      "Alle veje registreres.",
      "",
      "Indsatsområder",
      "• Data overføres.",
      "• Medarbejdere uddannes.",
    ].join("\n");
    const p = parsePlanDocument(textToMarkdown(text), { planId: "x", file: "plan.txt" });
    expect(p.departments.map((d) => d.name)).toEqual(["Vejafdelingen"]);
    expect(p.departments[0]!.goals.map((g) => [g.letter, g.title, g.mainGoal, g.initiatives.length])).toEqual([
      ["A", "Ny vejdatabase", "Alle veje registreres.", 2],
    ]);
  });
});
