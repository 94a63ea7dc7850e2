/** The 2010 comparison fixture's facts are the 2009 facts with the planted changes, kept in step by a script. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derive2010Facts, SOURCE_2009, TARGET_2010 } from "../../../seeds/fixtures/derive-2010-facts.js";

describe("seeds/fixtures/virksomhedsplan-2010.facts.yaml", () => {
  it("is derived from the current 2009 facts (run `npx tsx seeds/fixtures/derive-2010-facts.ts` after changing them)", () => {
    expect(readFileSync(TARGET_2010, "utf8")).toBe(derive2010Facts(readFileSync(SOURCE_2009, "utf8")));
  });
});
