/**
 * What a single word looks like to the coverage check: an organisation word (by its
 * suffix), a system-like word (acronym, CamelCase, dotted product name, "-system"), a
 * capitalised word, or a Danish function word. Word lists here are Danish vocabulary,
 * never names from a particular plan.
 */
import { acronymBase } from "./name-forms.js";

/**
 * Organisation heads, singular only (indefinite, definite, genitive): a plural
 * ("forvaltningerne", "arbejdsgrupper") speaks of a kind of unit, not of one.
 */
const ORG_WORD =
  /^(?<prefix>.*?)(?:udvalg(?:et)?|forvaltning(?:en)?|kontor(?:et)?|afdeling(?:en)?|område(?:t)?|funktion(?:en)?|sekretariat(?:et)?|råd(?:et)?|nævn(?:et)?|gruppe(?:n)?|enhed(?:en)?|bestyrelse(?:n)?|styrelse(?:n)?|forening(?:en)?)(?:'s|s|')?$/u;

/** Words that name one body by themselves, without a prefix. */
const BARE_ORG_WORD = /^(?:direktion|revision|region)(?:en)?(?:s)?$/u;

/**
 * Compounds that carry an organisation suffix but name a topic or a kind, never a body:
 * the plan's own vocabulary ("indsatsområde") and abstract fields ("kompetenceområde").
 */
const GENERIC_ORG_WORD =
  /(?:^|[-])?(?:indsats|fokus|fag|opgave|kompetence|ledelseskompetence|specialist|sektor|videns|ansvars|arbejds|funktions|projekt|mål|personale|alders)(?:område|gruppe)(?:t|n)?s?$/u;

/** A bare organisation head in lower case after a capitalised word: "Juridisk kontor". */
export const BARE_ORG_HEAD =
  /^(?:udvalg(?:et)?|forvaltning(?:en)?|kontor(?:et)?|afdeling(?:en)?|sekretariat(?:et)?|funktion(?:en)?|enhed(?:en)?)s?$/u;

const SYSTEM_WORD = /\p{L}{2}-?(?:system|modul|plat?tform|portal)(?:et|en|ets|ens|s)?$/iu;

/** Acronyms that name no system or body: the field (IT), the union (EU), the protocol (IP). */
const GENERIC_ACRONYMS = new Set(["IT", "EU", "IP", "PC", "TV", "OK", "CV"]);
const ROMAN = /^[IVXLC]+$/u;

const FUNCTION_WORDS = new Set(
  `i og at som der den det de en et er af til på for med fra om ved hvor når hvis men eller samt så vi jeg du han hun man
  dette disse denne hver alle andre anden andet ud over under efter før gennem mellem uden mod hos her nu også endvidere
  desuden herudover således derfor dog ligesom hertil heraf herunder endelig samtidig parallelt udover blandt siden inden
  indtil ikke kun flere mange større bedre mere mest flest nogle ingen enhver hvordan hvad hvem hvilke hvilken
  hvorvidt hvorledes idet da fordi selv egen eget egne sin sit sine deres vores vor vore min mit hans hendes dens dets
  første sidste hele samlede fortsat løbende særligt særlig konkret generelt ca pr jf evt bl dvs vedr iht mht`
    .split(/\s+/)
    .filter((w) => w !== ""),
);

export function isFunctionWord(word: string): boolean {
  return FUNCTION_WORDS.has(word.toLowerCase());
}

/** "Lyngby-Taarbæk", "Økonomi-afdelingen"; not "IT-afdelingen" (its first part is an acronym). */
export function isCapitalised(word: string): boolean {
  const first = word.split("-")[0] ?? "";
  return /^\p{Lu}/u.test(first) && /\p{Ll}/u.test(first);
}

/** "KMD", "KMD's", "ESDH", "VLANs", "SKI" of "SKI-aftaler": at least two capitals. */
export function acronymHead(word: string): string | null {
  const head = acronymBase(word.split("-")[0] ?? "");
  if (!/^\p{Lu}[\p{Lu}\d]+$/u.test(head) || (head.match(/\p{Lu}/gu) ?? []).length < 2) return null;
  return GENERIC_ACRONYMS.has(head) || ROMAN.test(head) ? null : head;
}

/** GoPro, NemKonto, MEDudvalgssystemet, Focus.IT, E-boks, or a word ending in -system. */
export function isSystemWord(word: string): boolean {
  if (/\p{Ll}\p{Lu}/u.test(word) || /\p{Lu}{2,}\p{Ll}{2,}/u.test(word)) return true;
  if (/\p{L}\.\p{Lu}/u.test(word)) return true;
  if (/^\p{Lu}-\p{Ll}/u.test(word)) return true;
  return SYSTEM_WORD.test(word);
}

export function isOrgWord(word: string): boolean {
  const w = word.toLowerCase();
  if (BARE_ORG_WORD.test(w)) return true;
  const m = ORG_WORD.exec(w);
  // A prefix of three letters, or two before a hyphen ("IT-afdelingen"): "åbenhed" is no "-enhed".
  const prefix = m?.groups?.prefix ?? "";
  if (!m || prefix.replace(/-$/, "").length < (prefix.endsWith("-") ? 2 : 3)) return false;
  return !GENERIC_ORG_WORD.test(w);
}
