/**
 * Systems and organisations the plan names.
 *
 * 1. Catalogue (rule `catalogue`): a name or alias of a system or organisation from earlier
 *    plans' facts, found as a whole word; it carries its name, aliases and category over.
 * 2. Patterns on the candidates of seeds/coverage/candidates.ts, in Danish terms only:
 *    - `product-name`: a product-shaped word (CamelCase "GoPro", dotted "Focus.IT",
 *      "E-boks"), or a name that continues one ("Lotus Notes", "OPUS Økonomi");
 *    - `acronym-in-system-context`: an acronym in a sentence that speaks of systems
 *      (implementere, version, integration, data, modul, overgang til, ...);
 *    - `system-word-name`: a capitalised name ending in -system/-modul/-portal ("Opus
 *      Personale" does not, "Adgangskontrolsystem" does), or a lone lower-case one right
 *      after "nyt"/"nye"/"elektronisk";
 *    - `kommune-name`: "<Navn> Kommune" other than the plan's own municipality;
 *    - `company-suffix`: "... A/S", "ApS", "I/S";
 *    - `partner-cue`: a name right after "i samarbejde med", "sammen med", "kontrakt med",
 *      "aftale med", "støttet af", "leverandøren", or before "som leverandør";
 *    - `public-body`: a capitalised name (or a definite lower-case one) whose head is a
 *      body: -udvalg, -råd, -forvaltning, -styrelse, -bestyrelse, -forening, -nævn, revisionen;
 *    - `acronym-party`: an acronym that acts as a party: a vendor ("fra KMD's side",
 *      "KMD som leverandør"), agreements ("SKI-aftaler"), "mellem LTK og KMD".
 *    - `unit-name`: an internal unit by its head (-funktionen, -kontoret, -afsnittet,
 *      -afdelingen, -sekretariatet, -gruppen, -enheden), capitalised mid-sentence or in the
 *      definite singular ("Indkøbsfunktionen", "direktørgruppen"; not "supportfunktion"), or
 *      a capitalised plural definite ("Områdecentrene", "Kantinerne");
 *    - `institution-name`: a capitalised name with an institution noun (-korps, -højskole,
 *      -service, Pension, Regeringen);
 *    - `acronym-party` also: an acronym enumerated with other names outside any sentence
 *      about systems ("Regeringen, KL, LO, AC og FTF"); `public-body` also -nævn, a bare
 *      "direktionen"/"regionen", a committee system ("MED-udvalgssystemet").
 *    The plan's own departments, its administration and its municipality (and near-typo
 *    spellings of them, "Økonomidelingen", "Lyngby-Tårnbæk Kommune") are structure,
 *    never suggested. A name prefixed by another name ("KMD OPUS Økonomi") is an alias of
 *    the rest ("OPUS Økonomi") when the rest is named by itself too.
 */
import { findCandidates, type NameCandidate } from "../coverage/candidates.js";
import { NameSet, nameForms, plainName } from "../coverage/name-forms.js";
import { sentenceAround } from "../coverage/passages.js";
import { acronymHead, isOrgWord, isSystemWord } from "../coverage/word-classes.js";
import { initials } from "../coverage/fact-index.js";
import { mentionFinder } from "../facts/mentions.js";
import type { ParsedPlan } from "../parser/types.js";
import type { LocatedPassage } from "./speakers.js";
import type { CatalogueEntry } from "./types.js";

export interface NameHit {
  kind: "SYSTEM" | "ORGANISATION";
  label: string;
  aliases: string[];
  category: string | undefined;
  quote: string;
  section: string;
  line: number;
  confidence: number;
  rule: string;
  /** How often the plan names it (any spelling). */
  count: number;
}

const SYSTEM_CONTEXT =
  /\b(?:system\p{L}*|modul\p{L}*|implement\p{L}*|version\p{L}*|opgrader\p{L}*|integration\p{L}*|integrer\p{L}*|data|oplysninger|registrer\p{L}*|indfør\p{L}*|ibrugtag\p{L}*|anvendelse|brugen|udrul\p{L}*|platform\p{L}*|portal\p{L}*|overgang\p{L}*|lønspecifikation\p{L}*|sagsoprettelse|fagsystem\p{L}*|løsning\p{L}*|værktøj\p{L}*|digital\p{L}*|elektronisk\p{L}*|udbetal\p{L}*)/iu;
const PARTNER_CUE =
  /(?:i (?:et )?(?:tæt )?samarbejde med|sammen med|kontrakt med|aftale med|aftalen med|støttet af|leverandøren|leverandør(?:en)?,?)\s+/giu;
/** After a partner cue, only further names of an enumeration may stand before the candidate. */
const ENUMERATION = /^(?:(?:\p{Lu}[\p{L}\-.'’/]*|og|samt|A\/S)[\s,]*)*$/u;
const PARTNER_AFTER = /^\s+(?:som leverandør|'s side|’s side|s side)/iu;
const COMPANY = /\s(?:A\/S|ApS|I\/S|AMBA)\b/u;
const BODY = /(?:udvalg|råd|forvaltning|styrelse|bestyrelse|forening|nævn)(?:et|en|s|ets|ens)?$/iu;
/** An internal unit: "Indkøbsfunktionen", "Ejendomskontoret", "løn-, personale- og udviklingsafsnittet", "direktørgruppen". */
const UNIT = /(?:funktion|kontor|afsnit|afdeling|sekretariat|gruppe|enhed)(?:en|et|n|ets|ens|s)?$/iu;
const DEFINITE = /(?:en|et|n|ets|ens|ns)$/u;
/** Institution nouns of Danish: "Falck Redningskorps", "Danmarks Forvaltningshøjskole", "Pension Danmark", "Lyngby Storcenter", "Intern Service". */
const INSTITUTION =
  /(?:korps|højskole\p{L}*|service|storcenter|fond|forbund|selskab|institut|pension|regering\p{L}*)$/iu;
const ENUMERATED = { before: /(?:\p{Lu}[\p{L}]*|\))\s*(?:,|og|samt)\s+$/u, after: /^\s*(?:,|og|samt)\s+\p{Lu}/u };
const BARE_BODY = /^revision(?:en)?s?$/iu;
const STRONG_SYSTEM_CONTEXT =
  /\b(?:version\p{L}*|opgrader\p{L}*|implementer\p{L}*|implementering\p{L}*|system\p{L}*|modul\p{L}*|integration\p{L}*|udrul\p{L}*|platform\p{L}*|lønspecifikation\p{L}*)/iu;
const LOWER_SYSTEM_AFTER = /(?:nyt?|nye|elektronisk[e]?)\s+$/iu;
const SYSTEM_WORD_TAIL = /(?:system|modul|portal|platform)(?:et|en|s)?$/iu;

interface Scope {
  structure: NameSet;
  municipality: string;
  /** The departments' names, plain: a typo-near spelling ("Økonomidelingen") is one of them. */
  departments: string[];
  /** The municipality's initials ("LTK"). */
  initials: string | null;
}

/** Levenshtein distance, at most `max` + 1. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1)
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

function nearDepartment(scope: Scope, text: string): boolean {
  const t = plainName(text)
    .toLowerCase()
    .replace(/-/gu, "")
    .replace(/(?:'s|s)$/u, "");
  return t.length >= 8 && scope.departments.some((d) => distance(t, d, 3) <= (d.length >= 15 ? 3 : 2));
}

function structureNames(plan: ParsedPlan, municipality: string): NameSet {
  const set = new NameSet([plan.administration, municipality, plan.title]);
  for (const d of plan.departments) {
    set.add(d.name);
    // "Økonomi-afdelingen" and "Økonomiafdelingen" are one department.
    set.add(d.name.replace(/-/gu, ""));
  }
  return set;
}

function isStructure(scope: Scope, text: string): boolean {
  const t = plainName(text).replace(/-/gu, "");
  if (scope.initials !== null && acronymHead(text) === scope.initials) return true;
  return (
    scope.structure.has(text) ||
    scope.structure.has(t) ||
    plainName(text).toLowerCase() === scope.municipality.toLowerCase() ||
    nearDepartment(scope, text)
  );
}

function afterPartnerCue(before: string): boolean {
  let rest: string | null = null;
  for (const m of before.matchAll(PARTNER_CUE)) rest = before.slice((m.index ?? 0) + m[0].length);
  return rest !== null && ENUMERATION.test(rest);
}

/** The head of "SKI-aftaler", "ESDH-fokusområde", "Focus.IT-projektet": the name before a hyphenated common noun. */
function headOf(text: string): string {
  const m = /^(.+?)-(\p{Ll}[\p{Ll}-]*)$/u.exec(text.trim());
  return m && (m[1] ?? "").length >= 2 && !/\s/u.test(m[2] ?? "") ? (m[1] ?? text) : text;
}

function classify(
  scope: Scope,
  c: NameCandidate,
  text: string,
): { kind: NameHit["kind"]; rule: string; confidence: number; suffix?: string } | null {
  const written = c.text;
  const before = text.slice(Math.max(0, c.index - 60), c.index);
  const after = text.slice(c.index + c.length, c.index + c.length + 30);
  const sentence = sentenceAround(text, c);
  const words = written.split(/\s+/u);
  const head = headOf(written);
  const acronym = words.length === 1 ? acronymHead(head) : null;
  const lower = !/\p{Lu}/u.test(written);
  if (COMPANY.test(` ${written}${after.slice(0, 5)}`))
    return { kind: "ORGANISATION", rule: "company-suffix", confidence: 0.9 };
  if (/\sKommune[ns]?$/u.test(written) && words.length >= 2)
    return { kind: "ORGANISATION", rule: "kommune-name", confidence: 0.9 };
  if (acronym && (PARTNER_AFTER.test(after) || /-aftale/iu.test(written) || /mellem \S+ og $/iu.test(before))) {
    return { kind: "ORGANISATION", rule: "acronym-party", confidence: 0.75 };
  }
  // "MED-udvalgssystemet", "samarbejdsudvalgssystemet": a system of committees is a body.
  if (/udvalgs-?system/iu.test(written) && (!lower || /(?:et|ets)$/u.test(written)))
    return { kind: "ORGANISATION", rule: "public-body", confidence: 0.6 };
  const productLike = words.some((w) => acronymHead(w) !== null || isSystemWord(headOf(w)));
  if (!lower && !productLike && afterPartnerCue(before))
    return { kind: "ORGANISATION", rule: "partner-cue", confidence: 0.75 };
  // A body in the definite singular ("kommunalbestyrelsen", "selskabsstyrelsens"); a plural or an indefinite lower-case word speaks of a kind of body.
  if (
    (!lower || /(?:et|en)s?$/u.test(written)) &&
    (BODY.test(words.at(-1) ?? "") || BARE_BODY.test(written)) &&
    !/område/iu.test(written) &&
    !productLike
  ) {
    return { kind: "ORGANISATION", rule: "public-body", confidence: lower ? 0.6 : 0.7 };
  }
  const initial = /(?:^|[.!?:;]["”»)]?|^[\p{Lu}\d]{1,3}[.)])\s*["“„«(]?\s*$/u.test(before);
  const last = words.at(-1) ?? "";
  // A unit of the organisation, named as one: capitalised mid-sentence, or in the definite singular.
  if (
    !productLike &&
    UNIT.test(last) &&
    isOrgWord(last) &&
    (lower ? DEFINITE.test(last) : !initial || words.length > 1)
  ) {
    return { kind: "ORGANISATION", rule: "unit-name", confidence: lower ? 0.55 : 0.7 };
  }
  // A capitalised plural definite mid-sentence ("Områdecentrene", "Kantinerne"): the units of one kind, named.
  if (!lower && !initial && words.length === 1 && !productLike && !acronym && /\p{Ll}{4,}(?:erne|ene)$/u.test(written))
    return { kind: "ORGANISATION", rule: "unit-name", confidence: 0.55 };
  // "direktionen", "regionen": a body by a bare word, definite.
  if (words.length === 1 && /^(?:direktion|region)(?:en|ens)$/iu.test(written))
    return { kind: "ORGANISATION", rule: "public-body", confidence: 0.6 };
  if (
    !lower &&
    !initial &&
    !productLike &&
    words.some((w) => INSTITUTION.test(w)) &&
    (words.length > 1 || /^\p{Lu}/u.test(written))
  ) {
    return { kind: "ORGANISATION", rule: "institution-name", confidence: 0.6 };
  }
  if (acronym && !SYSTEM_CONTEXT.test(sentence) && (ENUMERATED.before.test(before) || ENUMERATED.after.test(after))) {
    return { kind: "ORGANISATION", rule: "acronym-party", confidence: 0.6 };
  }
  if (lower) {
    // "KMD OPUS rollebaseret indgang (lederportal)": a system word in brackets after a name.
    if (SYSTEM_WORD_TAIL.test(written) && (LOWER_SYSTEM_AFTER.test(before) || /\p{L}\s+\($/u.test(before)))
      return { kind: "SYSTEM", rule: "system-word-name", confidence: 0.5 };
    return null;
  }
  if (words.some((w) => isSystemWord(headOf(w)) && /\p{Lu}/u.test(w) && !acronymHead(headOf(w))))
    return { kind: "SYSTEM", rule: "product-name", confidence: 0.85 };
  if (words.length >= 2 && words.some((w) => acronymHead(w)) && !BODY.test(words.at(-1) ?? "")) {
    return { kind: "SYSTEM", rule: "product-name", confidence: 0.7 };
  }
  if (SYSTEM_WORD_TAIL.test(written)) return { kind: "SYSTEM", rule: "system-word-name", confidence: 0.6 };
  const unitLike = isOrgWord(words.at(-1) ?? "") || /erne$/u.test(written);
  if (
    !acronym &&
    !initial &&
    !unitLike &&
    words.every((w) => /^\p{Lu}/u.test(w)) &&
    STRONG_SYSTEM_CONTEXT.test(sentence)
  ) {
    return { kind: "SYSTEM", rule: "name-in-system-context", confidence: 0.6 };
  }
  // "KMD systemer", "KMDs systemer": a vendor's acronym before the word "systemer" names its systems.
  if (acronym && /^\s+systemer(?:ne)?(?![\p{L}])/u.test(after))
    return {
      kind: "SYSTEM",
      rule: "acronym-in-system-context",
      confidence: 0.6,
      suffix: /^\s+systemer(?:ne)?/u.exec(after)![0],
    };
  // "via KMD Organisationsstyring samt tilretning af LOS": enumerated with a product name.
  if (acronym && /\p{Lu}{2,}\s+\p{Lu}\p{Ll}+\s+(?:samt|og)\s+(?:\p{Ll}+\s+af\s+)?$/u.test(before))
    return { kind: "SYSTEM", rule: "acronym-in-system-context", confidence: 0.6 };
  if (
    acronym &&
    SYSTEM_CONTEXT.test(sentence) &&
    !/\(\s*[\p{Lu}, ]+\)/u.test(
      sentence.slice(Math.max(0, sentence.indexOf(written) - 15), sentence.indexOf(written) + written.length + 15),
    )
  ) {
    return { kind: "SYSTEM", rule: "acronym-in-system-context", confidence: 0.7 };
  }
  return null;
}

interface Cluster extends NameHit {
  forms: NameSet;
}

function addHit(clusters: Cluster[], hit: NameHit, spellings: string[]): void {
  const found = clusters.find((c) => c.kind === hit.kind && spellings.some((s) => c.forms.has(s)));
  if (!found) {
    clusters.push({ ...hit, forms: new NameSet(spellings), aliases: spellings.filter((s) => s !== hit.label) });
    return;
  }
  found.count += 1;
  for (const s of spellings) {
    if (
      !found.forms.has(s) ||
      (s !== found.label && !found.aliases.includes(s) && nameForms(s)[0] !== nameForms(found.label)[0])
    ) {
      if (s !== found.label && !found.aliases.includes(s)) found.aliases.push(s);
    }
    found.forms.add(s);
  }
  if (hit.confidence > found.confidence) Object.assign(found, { confidence: hit.confidence, rule: hit.rule });
}

export function suggestNames(
  plan: ParsedPlan,
  passages: readonly LocatedPassage[],
  catalogue: readonly CatalogueEntry[],
  municipality: string,
): NameHit[] {
  const departments = [...plan.departments.map((d) => d.name), municipality]
    .filter((n) => n !== "")
    .map((n) => plainName(n).toLowerCase().replace(/-/gu, ""));
  const scope: Scope = {
    structure: structureNames(plan, municipality),
    municipality,
    departments,
    initials: initials(municipality),
  };
  const entries = catalogue.map((e, i) => ({ ...e, id: String(i) }));
  const findKnown = mentionFinder(entries);
  const clusters: Cluster[] = [];
  for (const { passage, section } of passages) {
    const text = passage.text;
    const known = findKnown(text);
    for (const m of known) {
      const e = entries[Number(m.id)]!;
      const quote = sentenceAround(text, m);
      addHit(
        clusters,
        {
          kind: e.kind,
          label: e.name,
          aliases: [],
          category: e.category,
          quote,
          section,
          line: passage.lineAt(m.index),
          confidence: 0.95,
          rule: "catalogue",
          count: 1,
        },
        [e.name, ...e.aliases],
      );
    }
    for (const c of findCandidates(text)) {
      if (known.some((k) => c.index < k.index + k.length && k.index < c.index + c.length)) continue;
      if (isStructure(scope, c.text) || c.alternatives.some((a) => isStructure(scope, a))) continue;
      const verdict = classify(scope, c, text);
      if (!verdict) continue;
      const head = headOf(c.text);
      const suffix =
        verdict.rule === "company-suffix"
          ? (/^\s*(A\/S|ApS|I\/S|AMBA)/u.exec(text.slice(c.index + c.length))?.[0] ?? "")
          : "";
      const label =
        verdict.kind === "SYSTEM" || /-aftale/iu.test(c.text)
          ? `${head.replace(/(?:'s|’s)$/u, "")}${verdict.suffix ?? ""}`
          : `${c.text}${suffix}`;
      const hit: NameHit = {
        kind: verdict.kind,
        label,
        aliases: [],
        category: verdict.kind === "SYSTEM" ? "system" : undefined,
        quote: sentenceAround(text, c),
        section,
        line: passage.lineAt(c.index),
        confidence: verdict.confidence,
        rule: verdict.rule,
        count: 1,
      };
      addHit(clusters, hit, [...new Set([label, c.text])]);
    }
  }
  return mergePrefixed(clusters).map(({ forms: _forms, ...hit }) => hit);
}

/** "KMD OPUS Økonomi" is "OPUS Økonomi" when that is named by itself: a vendor's prefix. */
function mergePrefixed(clusters: Cluster[]): Cluster[] {
  const out = clusters.slice();
  for (const c of clusters) {
    const words = c.label.split(/\s+/u);
    if (words.length < 2 || c.rule === "catalogue") continue;
    for (let cut = 1; cut < words.length; cut += 1) {
      const rest = words.slice(cut).join(" ");
      const target = out.find((o) => o !== c && o.kind === c.kind && o.forms.has(rest));
      if (!target) continue;
      target.aliases.push(c.label, ...c.aliases.filter((a) => !target.aliases.includes(a)));
      target.count += c.count;
      out.splice(out.indexOf(c), 1);
      break;
    }
  }
  return out;
}
