import { describe, expect, it } from "vitest";
import { escapeLucene, toLuceneQuery } from "../../../graph/repositories/algorithms/lucene-query.js";

describe("Lucene query from typed text", () => {
  it.each([
    ["GoPro", "GoPro gopro*"],
    ["ny infrastruktur", '"ny infrastruktur"^2 ny infrastruktur infrastruktur*'],
    ["OPUS (2)", '"OPUS (2)"^2 OPUS opus* \\(2\\)'],
    ['a:b"', 'a\\:b\\"'],
    ["AND", "and and*"],
    ["e-indkøb", "e\\-indkøb"],
    ["Økonomi", "Økonomi økonomi*"],
    ['say "hi" \\', '"say \\"hi\\" \\\\"^2 say say* \\"hi\\" \\\\'],
  ])("%j -> %j", (text, query) => {
    expect(toLuceneQuery(text)).toBe(query);
  });

  it("escapes every character of Lucene's syntax", () => {
    expect(escapeLucene('+-&|!(){}[]^"~*?:\\/')).toBe('\\+\\-\\&\\|\\!\\(\\)\\{\\}\\[\\]\\^\\"\\~\\*\\?\\:\\\\\\/');
  });
});
