/**
 * The core date patterns of danish-dates.ts, each a regular expression and a reader that
 * turns its match into an interval. A core is the date alone ("1. juli 2009"); the words
 * that say what the date is for ("inden", "fra og med") are added around it later.
 *
 * A bare year counts only in date context: after a preposition or qualifier ("i 2009",
 * "for 2008", "siden 2006"), so that "ØS 2000 Light" and "Unicef By 2009" are names,
 * not dates.
 */
import {
  day,
  fullYear,
  halfYear,
  isValidDay,
  LEFT,
  MONTH,
  MONTH_FULL,
  monthNumber,
  month as monthOf,
  ORDINAL,
  ordinalNumber,
  QUALIFIER,
  qualified,
  quarter,
  range,
  RIGHT,
  season,
  YEAR,
  year as yearOf,
  type Interval,
} from "./date-vocabulary.js";

export type DateKind = "deadline" | "start" | "period" | "point" | "recurring";

/** A date as the text writes it, before the words around it are read. */
export interface CoreDate {
  index: number;
  length: number;
  /** The year the text gives; null when it comes from a neighbour or the plan year. */
  year: number | null;
  /** The interval, given the year to use when the text has none. */
  at(year: number): Interval;
  /** Two dates joined by a dash, "og" or "til". */
  isRange: boolean;
  /** What the core says by itself ("udgangen af" is a deadline). */
  kind?: DateKind;
}

type Reading = Omit<CoreDate, "index" | "length" | "isRange"> & { isRange?: boolean };

interface Matcher {
  pattern: RegExp;
  read(groups: Record<string, string | undefined>, text: string, index: number): Reading | null;
}

const rx = (source: string, flags = "giu") => new RegExp(source, flags);
const fixed = (interval: Interval, y: number, isRange = false): Reading => ({ year: y, at: () => interval, isRange });
const optionalYear = (y: string | undefined): number | null => (y === undefined ? null : Number(y));

/** Words after which a year is a date ("i 2009", "for 2008", "siden 2006"). */
const DATE_CONTEXT =
  /(?:^|[^\p{L}\p{N}])(?:i|for|fra|til|pr\.|per|siden|inden|senest|efter|før|indtil|gennem|af|om|på|mellem|året|både|såvel|frem)\s+$/iu;

function inDateContext(text: string, index: number): boolean {
  return DATE_CONTEXT.test(text.slice(Math.max(0, index - 20), index));
}

/** "08" after 2007 -> 2008; a second year must come after the first. */
function secondYear(first: number, digits: string): number | null {
  const second = digits.length === 4 ? Number(digits) : Math.floor(first / 100) * 100 + Number(digits);
  return second > first ? second : null;
}

const BOUNDARY_QUALIFIER: Record<string, string> = {
  slutningen: "ultimo",
  afslutningen: "ultimo",
  begyndelsen: "primo",
  starten: "primo",
  midten: "medio",
  først: "primo",
  sidst: "ultimo",
  midt: "medio",
};

export const MATCHERS: readonly Matcher[] = [
  // 1.1.2009, 26.1.2009, 1.12.08
  {
    pattern: rx(String.raw`${LEFT}(?<d>\d{1,2})\.(?<m>\d{1,2})\.(?<y>${YEAR}|\d{2})(?![\p{N}]|\.\p{N})`),
    read: ({ d, m, y }) => {
      const yy = fullYear(y ?? "");
      return isValidDay(yy, Number(m), Number(d)) ? fixed(day(yy, Number(m), Number(d)), yy) : null;
    },
  },
  // 1. juli 2009, 01 SEP 2008, 7. juni
  {
    pattern: rx(String.raw`${LEFT}(?<d>\d{1,2})\.?\s+(?<mon>${MONTH})(?:\s+(?:måned\s+)?(?<y>${YEAR})${RIGHT})?`),
    read: ({ d, mon, y }) => {
      const m = monthNumber(mon ?? "");
      if (!isValidDay(Number(y ?? 2000), m, Number(d))) return null;
      return { year: optionalYear(y), at: (yy) => day(yy, m, Number(d)) };
    },
  },
  // medio januar, ult. april 2009, ultimo oktober
  {
    pattern: rx(String.raw`${LEFT}(?<q>${QUALIFIER})\s+(?<mon>${MONTH})(?:\s+(?<y>${YEAR})${RIGHT})?`),
    read: ({ q, mon, y }) => ({ year: optionalYear(y), at: (yy) => qualified(q ?? "", yy, monthNumber(mon ?? "")) }),
  },
  // primo 2008, medio 2008, "Primo og medio 2009"
  {
    pattern: rx(String.raw`${LEFT}(?<q>${QUALIFIER})(?:\s+og\s+(?<q2>${QUALIFIER}))?\s+(?<y>${YEAR})${RIGHT}`),
    read: ({ q, q2, y }) => {
      const yy = Number(y);
      const first = qualified(q ?? "", yy, null);
      return q2 === undefined ? fixed(first, yy) : fixed(range(first, qualified(q2, yy, null)), yy, true);
    },
  },
  // udgangen af 2008, udgangen af oktober 2009, begyndelsen af året
  {
    pattern: rx(
      String.raw`${LEFT}(?<b>udgangen|slutningen|afslutningen|begyndelsen|starten|midten)\s+af\s+(?:(?<mon>${MONTH})(?:\s+(?<ym>${YEAR})${RIGHT})?|(?<y>${YEAR})${RIGHT}|året${RIGHT})`,
    ),
    read: ({ b, mon, ym, y }) => {
      const m = mon === undefined ? null : monthNumber(mon);
      const word = (b ?? "").toLowerCase();
      if (word !== "udgangen")
        return { year: optionalYear(ym ?? y), at: (yy) => qualified(BOUNDARY_QUALIFIER[word] ?? "", yy, m) };
      const end = (yy: number): Interval =>
        m === null ? day(yy, 12, 31) : { ...qualified("ultimo", yy, m), precision: "DAY" };
      return { year: optionalYear(ym ?? y), at: end, kind: "deadline" };
    },
  },
  // først på året, sidst på året
  {
    pattern: rx(String.raw`${LEFT}(?<w>først|sidst|midt)\s+på\s+året${RIGHT}`),
    read: ({ w }) => ({
      year: null,
      at: (yy) => qualified(BOUNDARY_QUALIFIER[(w ?? "").toLowerCase()] ?? "", yy, null),
    }),
  },
  // december 2008, august måned 2008
  {
    pattern: rx(String.raw`${LEFT}(?<mon>${MONTH})(?:\s+måned)?\s+(?<y>${YEAR})${RIGHT}`),
    read: ({ mon, y }) => fixed(monthOf(Number(y), monthNumber(mon ?? "")), Number(y)),
  },
  // a month alone, written in lower case as Danish does ("i juni", "december – februar 2009")
  {
    pattern: rx(String.raw`${LEFT}(?<mon>${MONTH_FULL})(?:\s+måned${RIGHT})?`, "gu"),
    read: ({ mon }) => ({ year: null, at: (yy) => monthOf(yy, monthNumber(mon ?? "")) }),
  },
  // 1. kvartal 2009, 3. og 4. kvartal, sidste kvartal af 2008
  {
    pattern: rx(
      String.raw`${LEFT}(?<n>${ORDINAL})\s*(?:og\s+(?<n2>${ORDINAL})\s*)?kvartal(?:et)?${RIGHT}(?:\s+(?:af\s+|i\s+)?(?<y>${YEAR})${RIGHT})?`,
    ),
    read: ({ n, n2, y }) => {
      const first = ordinalNumber(n ?? "", 4);
      const last = n2 === undefined ? first : ordinalNumber(n2, 4);
      if (first < 1 || last > 4 || last < first) return null;
      const at = (yy: number) => (last === first ? quarter(yy, first) : range(quarter(yy, first), quarter(yy, last)));
      return { year: optionalYear(y), at, isRange: last !== first };
    },
  },
  // 1. halvår 2009, andet halvår
  {
    pattern: rx(
      String.raw`${LEFT}(?<n>${ORDINAL})\s*halvår(?:et)?${RIGHT}(?:\s+(?:af\s+|i\s+)?(?<y>${YEAR})${RIGHT})?`,
    ),
    read: ({ n, y }) => {
      const h = ordinalNumber(n ?? "", 2);
      return h === 1 || h === 2 ? { year: optionalYear(y), at: (yy) => halfYear(yy, h) } : null;
    },
  },
  // foråret 2009, i efteråret, efterår 2008
  {
    pattern: rx(
      String.raw`${LEFT}(?:(?<s>foråret|sommeren|efteråret|vinteren)${RIGHT}(?:\s+(?<y>${YEAR})${RIGHT})?|(?<s2>forår|sommer|efterår|vinter)\s+(?<y2>${YEAR})${RIGHT})`,
    ),
    read: ({ s, y, s2, y2 }) => ({ year: optionalYear(y ?? y2), at: (yy) => season(s ?? s2 ?? "", yy) ?? yearOf(yy) }),
  },
  // budget 2010, regnskabsåret 2009, undervisningsåret 2008/2009
  {
    pattern: rx(
      String.raw`${LEFT}(?:regnskabsåret|regnskabsår|budgetåret|budgetår|finansåret|kalenderåret|undervisningsåret|skoleåret|budgettet|budget|regnskabet|regnskab)\s+(?:for\s+)?(?<y>${YEAR})(?:\s*\/\s*(?<y2>${YEAR}|\d{2}))?(?![\p{N}])`,
    ),
    read: ({ y, y2 }) => {
      const first = Number(y);
      const second = y2 === undefined ? null : secondYear(first, y2);
      if (y2 !== undefined && second === null) return null;
      return second === null ? fixed(yearOf(first), first) : fixed(range(yearOf(first), yearOf(second)), first, true);
    },
  },
  // 2007-2010, 2008-09, 2008/2009
  {
    pattern: rx(String.raw`${LEFT}(?<y>${YEAR})\s*[-–—/]\s*(?<y2>${YEAR}|\d{2})(?![\p{N}])`),
    read: ({ y, y2 }) => {
      const second = secondYear(Number(y), y2 ?? "");
      return second === null ? null : fixed(range(yearOf(Number(y)), yearOf(second)), Number(y), true);
    },
  },
  // i 2007 og 08, for 2008 og 2009, såvel 2008 som 2009
  {
    pattern: rx(String.raw`${LEFT}(?<y>${YEAR})\s+(?:og|eller|som)\s+(?:for\s+)?(?<y2>${YEAR}|\d{2})(?![\p{N}])`),
    read: ({ y, y2 }, text, index) => {
      const second = secondYear(Number(y), y2 ?? "");
      if (second === null || !inDateContext(text, index)) return null;
      return fixed(range(yearOf(Number(y)), yearOf(second)), Number(y), true);
    },
  },
  // a year in date context: i 2009, for 2008, siden 2006
  {
    pattern: rx(String.raw`${LEFT}(?<y>${YEAR})${RIGHT}`),
    read: ({ y }, text, index) => (inDateContext(text, index) ? fixed(yearOf(Number(y)), Number(y)) : null),
  },
];

/** Every core in the text; where cores overlap the longest wins, then the first. */
export function findCores(text: string): CoreDate[] {
  const all: CoreDate[] = [];
  for (const matcher of MATCHERS) {
    for (const m of text.matchAll(matcher.pattern)) {
      const index = m.index ?? 0;
      const reading = matcher.read(m.groups ?? {}, text, index);
      if (reading) all.push({ isRange: false, ...reading, index, length: m[0].length });
    }
  }
  all.sort((a, b) => b.length - a.length || a.index - b.index);
  const kept: CoreDate[] = [];
  for (const c of all) {
    if (!kept.some((k) => c.index < k.index + k.length && k.index < c.index + c.length)) kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}
