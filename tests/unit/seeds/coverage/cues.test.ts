/** The phrases of dependency and coordination. */
import { describe, expect, it } from "vitest";
import { findCues } from "../../../../seeds/coverage/cues.js";

const found = (text: string) => findCues(text).map((c) => `${c.edge}:${c.text}`);

describe("findCues", () => {
  it.each([
    ["I et samarbejde med Rudersdal Kommune gennemføres", ["INVOLVES:I et samarbejde med"]],
    ["projektledelsen i et meget tæt samarbejde driver projektet", ["INVOLVES:i et meget tæt samarbejde"]],
    ["Sammen med vores leverandører", ["INVOLVES:Sammen med"]],
    ["Implementering af Opus e-indkøb er forudsætningskabende for", ["DEPENDS_ON:forudsætningskabende"]],
    ["som forudsætningsskabende aktivitet, forudsat at", ["DEPENDS_ON:forudsætningsskabende", "DEPENDS_ON:forudsat"]],
    ["Projektet afhænger af budgettet og er afhængigt af KMD", ["DEPENDS_ON:afhænger af", "DEPENDS_ON:afhængigt"]],
    [
      "koordinering, koordination, koordineret og koordineres",
      ["INVOLVES:koordinering", "INVOLVES:koordination", "INVOLVES:koordineret", "INVOLVES:koordineres"],
    ],
    ["Arbejdet afventer afklaring og har snitflade til lønstyring", ["DEPENDS_ON:afventer", "INVOLVES:snitflade"]],
    [
      "flytninger sker, når de tekniske forudsætninger herfor er på plads",
      ["DEPENDS_ON:når de tekniske forudsætninger herfor er"],
    ],
    [
      "I forlængelse af besparelsen, efter implementering af ny infrastruktur, jf. ovenfor",
      ["DEPENDS_ON:I forlængelse af", "DEPENDS_ON:efter implementering af", "DEPENDS_ON:jf."],
    ],
  ])("%s", (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    "en koordinerende og samordnende rolle",
    "kvaliteten af budgetforudsætningerne",
    "en uafhængig vurdering",
    "samarbejdet med forvaltningerne",
    "så vi kan nå hovedmålet. Det er vigtigt",
  ])("not a cue: %s", (text) => {
    expect(findCues(text)).toEqual([]);
  });
});
