/**
 * The words and calendar arithmetic behind danish-dates.ts: month names and their
 * abbreviations, ordinals, seasons, and intervals as ISO dates. Regex sources here are
 * fragments, composed into the matchers there (always with the "u" flag).
 */
import { DANISH_MONTHS } from "../../graph/danish-calendar.js";
import type { DatePrecision } from "../../graph/model.js";

/** An interval of the calendar as ISO dates, with how precisely the plan fixes it. */
export interface Interval {
  start: string;
  end: string;
  precision: DatePrecision;
}

const MONTH_NAMES: readonly string[] = DANISH_MONTHS;
const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  okt: 10,
  nov: 11,
  dec: 12,
};

/** Letters and digits only: Danish words end in æ, ø, å, which \b does not know. */
export const LEFT = String.raw`(?<![\p{L}\p{N}])`;
export const RIGHT = String.raw`(?![\p{L}\p{N}])`;
export const YEAR = String.raw`(?:19|20)\d{2}`;
export const MONTH_FULL = `(?:${MONTH_NAMES.join("|")})${RIGHT}`;
/** A full name, or an abbreviation ("SEP", "okt.") where a day or year stands next to it. */
export const MONTH = `(?:${MONTH_FULL}|(?:${Object.keys(MONTH_ABBREVIATIONS)
  .sort((a, b) => b.length - a.length)
  .join("|")})${RIGHT}\\.?)`;
export const QUALIFIER = String.raw`(?:primo|medio|ultimo|ult\.|prim\.|med\.)`;

const ORDINAL_WORDS: Record<string, number> = { første: 1, anden: 2, andet: 2, tredje: 3, fjerde: 4 };
export const ORDINAL = `(?:[1-4]\\.|${Object.keys(ORDINAL_WORDS).join("|")}|sidste)`;

export function monthNumber(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, "");
  const full = MONTH_NAMES.indexOf(w);
  return full >= 0 ? full + 1 : (MONTH_ABBREVIATIONS[w] ?? 0);
}

/** "3." -> 3, "tredje" -> 3, "sidste" -> `last`. */
export function ordinalNumber(word: string, last: number): number {
  const w = word.toLowerCase().replace(/\.$/, "").trim();
  if (w === "sidste") return last;
  return ORDINAL_WORDS[w] ?? Number(w);
}

/** "08" -> 2008, "98" -> 1998; four digits as written. */
export function fullYear(digits: string, century = 2000): number {
  const n = Number(digits);
  if (digits.length === 4) return n;
  return century === 1900 || n >= 50 ? 1900 + n : 2000 + n;
}

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
}

export const day = (y: number, m: number, d: number): Interval => ({
  start: iso(y, m, d),
  end: iso(y, m, d),
  precision: "DAY",
});
export const month = (y: number, m: number): Interval => ({
  start: iso(y, m, 1),
  end: iso(y, m, lastDay(y, m)),
  precision: "MONTH",
});
export const year = (y: number): Interval => ({ start: iso(y, 1, 1), end: iso(y, 12, 31), precision: "YEAR" });
export const quarter = (y: number, q: number): Interval => ({
  start: iso(y, q * 3 - 2, 1),
  end: iso(y, q * 3, lastDay(y, q * 3)),
  precision: "QUARTER",
});
export const halfYear = (y: number, h: number): Interval => ({
  start: iso(y, h === 1 ? 1 : 7, 1),
  end: h === 1 ? iso(y, 6, 30) : iso(y, 12, 31),
  precision: "HALF_YEAR",
});

/** The span from the start of one interval to the end of another. */
export const range = (from: Interval, to: Interval): Interval => ({
  start: from.start,
  end: to.end,
  precision: "RANGE",
});

/**
 * Seasons as the months Danes mean by them; winter runs into the next year ("vinteren
 * 2009" is December 2009 to February 2010).
 */
export function season(word: string, y: number): Interval | null {
  const w = word.toLowerCase().replace(/et$|en$/, "");
  if (w === "forår") return range(month(y, 3), month(y, 5));
  if (w === "sommer") return range(month(y, 6), month(y, 8));
  if (w === "efterår") return range(month(y, 9), month(y, 11));
  if (w === "vinter") return range(month(y, 12), month(y + 1, 2));
  return null;
}

/**
 * A qualified point: primo = the first day, medio = the middle (the 15th of a month,
 * 1 July of a year), ultimo = the last day. The point is only as certain as its unit, so
 * the precision stays that of the month or year.
 */
export function qualified(qualifier: string, y: number, m: number | null): Interval {
  const q = qualifier.toLowerCase().replace(/\.$/, "");
  const at = (iso: string): Interval => ({ start: iso, end: iso, precision: m === null ? "YEAR" : "MONTH" });
  if (q.startsWith("prim") || q === "begyndelsen" || q === "starten" || q === "først") return at(iso(y, m ?? 1, 1));
  if (q.startsWith("med") || q === "midten" || q === "midt") return at(m === null ? iso(y, 7, 1) : iso(y, m, 15));
  return at(m === null ? iso(y, 12, 31) : iso(y, m, lastDay(y, m)));
}
