import { describe, expect, it } from "vitest";
import { describeHit, escapeHtml, snippetHtml, wordMatches } from "../../../api/modules/search/snippet.js";

describe("search snippets", () => {
  it("marks the hit in the field with the most matches, as parts", () => {
    expect(describeHit({ name: "Indkøb", mainGoal: "Opus e-indkøb og Opus løn", strategy: "Opus" }, "opus")).toEqual({
      field: "mainGoal",
      snippetParts: [
        { text: "Opus", match: true },
        { text: " e-indkøb og ", match: false },
        { text: "Opus", match: true },
        { text: " løn", match: false },
      ],
      snippet: "<mark>Opus</mark> e-indkøb og <mark>Opus</mark> løn",
    });
  });

  it("keeps markup in the plan's text as plain text in the parts", () => {
    const { snippetParts } = describeHit({ name: "X", description: '<img src=x onerror="alert(1)"> GoPro' }, "gopro");
    expect(snippetParts).toEqual([
      { text: '<img src=x onerror="alert(1)"> ', match: false },
      { text: "GoPro", match: true },
    ]);
  });

  it("joins the parts back into exactly the window's text", () => {
    const text = `${"før ".repeat(40)}Focus.IT ${"efter ".repeat(60)}`;
    const { snippetParts, snippet } = describeHit({ name: "X", text }, "Focus.IT");
    expect(snippetParts.filter((p) => p.match).map((p) => p.text)).toEqual(["Focus", "IT"]);
    expect(snippetParts.some((p, i) => i > 0 && !p.match && !snippetParts[i - 1]!.match)).toBe(false);
    expect(snippetHtml(snippetParts)).toBe(snippet);
  });

  it("matches Danish word forms the index stems alike", () => {
    expect(wordMatches("strategier", "strategi")).toBe(true);
    expect(wordMatches("strategien", "strategier")).toBe(true);
    expect(wordMatches("systemet", "systemer")).toBe(true);
    expect(wordMatches("ny", "nyt")).toBe(false);
    expect(wordMatches("opus", "gopro")).toBe(false);
  });

  it("escapes HTML around the marks", () => {
    expect(describeHit({ name: "X", description: "<b>GoPro</b> & co" }, "gopro").snippet).toBe(
      "&lt;b&gt;<mark>GoPro</mark>&lt;/b&gt; &amp; co",
    );
    expect(escapeHtml(`<a href="x">'`)).toBe("&lt;a href=&quot;x&quot;&gt;&#39;");
  });

  it("cuts long text to a window around the first hit, with ellipses", () => {
    const text = `${"før ".repeat(40)}Focus.IT ${"efter ".repeat(60)}`;
    const { snippet } = describeHit({ name: "X", text }, "Focus.IT");
    expect(snippet.startsWith("…")).toBe(true);
    expect(snippet.endsWith("…")).toBe(true);
    expect(snippet).toContain("<mark>Focus</mark>.<mark>IT</mark>");
    expect(snippet.length).toBeLessThan(260);
  });

  it("falls back to the escaped name when no word can be located", () => {
    expect(describeHit({ name: "A & B" }, "zzz")).toEqual({
      field: "name",
      snippetParts: [{ text: "A & B", match: false }],
      snippet: "A &amp; B",
    });
  });

  it("calls the alias field by its API name", () => {
    expect(
      describeHit({ name: "OPUS e-indkøb", aliasText: "Opus-e-indkøb · e-indkøbssystem" }, "e-indkøbssystem").field,
    ).toBe("aliases");
  });
});
