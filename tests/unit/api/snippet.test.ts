import { describe, expect, it } from "vitest";
import { describeHit, escapeHtml, wordMatches } from "../../../api/modules/search/snippet.js";

describe("search snippets", () => {
  it("marks the hit in the field with the most matches", () => {
    expect(describeHit({ name: "Indkøb", mainGoal: "Opus e-indkøb og Opus løn", strategy: "Opus" }, "opus")).toEqual({
      field: "mainGoal",
      snippet: "<mark>Opus</mark> e-indkøb og <mark>Opus</mark> løn",
    });
  });

  it("matches Danish word forms the index stems alike", () => {
    expect(wordMatches("strategier", "strategi")).toBe(true);
    expect(wordMatches("strategien", "strategier")).toBe(true);
    expect(wordMatches("systemet", "systemer")).toBe(true);
    expect(wordMatches("ny", "nyt")).toBe(false);
    expect(wordMatches("opus", "gopro")).toBe(false);
  });

  it("escapes HTML around the marks", () => {
    expect(describeHit({ name: "X", description: "<b>GoPro</b> & co" }, "gopro")).toEqual({
      field: "description",
      snippet: "&lt;b&gt;<mark>GoPro</mark>&lt;/b&gt; &amp; co",
    });
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
    expect(describeHit({ name: "A & B" }, "zzz")).toEqual({ field: "name", snippet: "A &amp; B" });
  });

  it("calls the alias field by its API name", () => {
    expect(
      describeHit({ name: "OPUS e-indkøb", aliasText: "Opus-e-indkøb · e-indkøbssystem" }, "e-indkøbssystem").field,
    ).toBe("aliases");
  });
});
