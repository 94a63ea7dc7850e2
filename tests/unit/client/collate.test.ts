import { describe, expect, it } from "vitest";
import { compareDanish } from "../../../client/src/lib/collate";

describe("Danish name order", () => {
  it("puts æ, ø and å after z, in that order", () => {
    expect(["Åby", "Zealand", "Ørsted", "Ærø", "Alfa"].sort(compareDanish)).toEqual([
      "Alfa",
      "Zealand",
      "Ærø",
      "Ørsted",
      "Åby",
    ]);
  });

  it("ignores case before letters", () => {
    expect(compareDanish("it-afdelingen", "IT-afdelingen")).not.toBe(0);
    expect(["beta", "Alfa", "alfa"].sort(compareDanish).map((s) => s.toLowerCase())).toEqual(["alfa", "alfa", "beta"]);
  });
});
