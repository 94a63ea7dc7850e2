import { describe, expect, it } from "vitest";
import { compareDanish, compareNumeric, compareText } from "../../../graph/repositories/algorithms/collation.js";

const words = [
  "Økonomi",
  "Aarhus",
  "IT-afdelingen",
  "æble",
  "Zebra",
  "ål",
  "OPUS",
  "opus",
  "ltk:it:a:10",
  "ltk:it:a:9",
  "Borgmestersekretariatet",
  "øst",
];

describe("shared collators", () => {
  it("sort exactly as localeCompare with the same locale and options", () => {
    expect([...words].sort(compareDanish)).toEqual([...words].sort((a, b) => a.localeCompare(b, "da")));
    expect([...words].sort(compareText)).toEqual([...words].sort((a, b) => a.localeCompare(b)));
    expect([...words].sort(compareNumeric)).toEqual(
      [...words].sort((a, b) => a.localeCompare(b, "en", { numeric: true })),
    );
  });

  it("put æ, ø, å last for a Danish reader and running numbers in number order", () => {
    expect(["øst", "Zebra", "æble", "ål"].sort(compareDanish)).toEqual(["Zebra", "æble", "øst", "ål"]);
    expect(["a:10", "a:9"].sort(compareNumeric)).toEqual(["a:9", "a:10"]);
  });
});
