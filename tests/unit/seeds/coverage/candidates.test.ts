/** Which words of a passage the coverage check takes for names and system terms. */
import { describe, expect, it } from "vitest";
import { findCandidates } from "../../../../seeds/coverage/candidates.js";
import { sameName } from "../../../../seeds/coverage/name-forms.js";

const found = (text: string) => findCandidates(text).map((c) => `${c.kind}:${c.text}`);

describe("findCandidates", () => {
  it.each([
    [
      "a capitalised word mid-sentence is a name",
      "Indgået kontrakt med Væksthus Hovedstadsregionen om vejledning",
      ["name:Væksthus Hovedstadsregionen"],
    ],
    ["a capitalised word opening a sentence is not", "Lokal erhvervsservice overgik. Projektet er igangsat.", []],
    ["unless another capitalised word follows it", "Intern Service er involveret.", ["name:Intern Service"]],
    ["or it is an organisation word itself", "Personaleafdelingen vil arbejde med det.", ["name:Personaleafdelingen"]],
    ["a list label opens a sentence too", "A) Ny vejdatabase", []],
    [
      "lower-case organisation words, singular",
      "drøftes med direktionen, revisionen og erhvervsudvalget",
      ["name:direktionen", "name:revisionen", "name:erhvervsudvalget"],
    ],
    [
      "plurals, bare heads and topic words are not bodies",
      "forvaltningerne, afdelingen, arbejdsgrupper, et indsatsområde, åbenhed",
      [],
    ],
    [
      "a compound ellipsis is one name",
      "møder med Børne- og fritidsforvaltningen og Social- og sundhedsforvaltningen",
      ["name:Børne- og fritidsforvaltningen", "name:Social- og sundhedsforvaltningen"],
    ],
    ["the first half of an ellipsis is not a name", "Fokus på samarbejdsudvalgs- og sikkerhedsstrukturen", []],
    [
      "a lower-case head after a capitalised word joins it",
      "af tidligere Juridisk kontor og Borgmesterkontoret",
      ["name:Juridisk kontor", "name:Borgmesterkontoret"],
    ],
    [
      "acronyms, genitives and compounds",
      "aftalt mellem LTK og KMD's folk om SKI-aftaler",
      ["system:LTK", "system:KMD's", "system:SKI-aftaler"],
    ],
    ["generic acronyms are not systems", "grøn IT via EU-udbud og en ny IP-plan", []],
    [
      "product names by their shape",
      "via NemKonto, GoPro, E-boks og Focus.IT-projektet",
      ["system:NemKonto", "system:GoPro", "system:E-boks", "system:Focus.IT-projektet"],
    ],
    [
      "system, module, platform and portal words, singular",
      "det nye økonomisystem, en lederportal, andre fagsystemer",
      ["system:økonomisystem", "system:lederportal"],
    ],
    ["a run of names and acronyms", "implementeres KMD OPUS Overblik som værktøj", ["system:KMD OPUS Overblik"]],
    ["function words are never names", "vedrørende Det rummelige Arbejdsmarked", ["name:Arbejdsmarked"]],
  ])("%s", (_rule, text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it("drops a plain sentence-initial word before an organisation word", () => {
    expect(found("Sekretariatsbetjent Bevillingsnævn og Huslejenævnet")).toEqual([
      "name:Bevillingsnævn",
      "name:Huslejenævnet",
    ]);
  });

  it("offers the acronym of a compound as another spelling, but not of a body named after it", () => {
    const [ski, group] = findCandidates("SKI-aftaler og en UNICEF-styregruppe");
    expect(ski?.alternatives).toEqual(["SKI"]);
    expect(group).toMatchObject({ kind: "name", text: "UNICEF-styregruppe", alternatives: [] });
  });
});

describe("sameName", () => {
  it.each([
    ["Erhvervsrådets", "Erhvervsrådet"],
    ["Kommunalbestyrelse", "kommunalbestyrelsen"],
    ["Rådhus", "Rådhusets"],
    ["KMDs", "KMD"],
    ["Teknisk Forvaltnings", "Teknisk Forvaltning"],
    ["Indkøbsfunktionen", "indkøbsfunktion"],
  ])("%s = %s", (a, b) => {
    expect(sameName(a, b)).toBe(true);
  });

  it.each([
    ["LOS", "LO"],
    ["Teknisk Forvaltning", "Økonomisk Forvaltning"],
    ["OPUS Personale", "OPUS Økonomi"],
  ])("%s ≠ %s", (a, b) => {
    expect(sameName(a, b)).toBe(false);
  });
});
