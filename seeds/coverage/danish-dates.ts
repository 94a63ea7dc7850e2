/**
 * Danish date expressions in running text: "inden 1. juli 2009", "pr. 01 SEP 2008",
 * "medio januar – ult. april 2009", "3. og 4. kvartal", "i efteråret 2009", "budget 2010",
 * "2007-2010", "i 2009", "årlig". Each expression comes with the interval it names (ISO
 * dates), how precisely (DAY ... YEAR, RANGE), and what it is for (kind).
 *
 * Rules:
 * - A core date (date-matchers.ts) is read first; two cores joined by "–", "-" or "til"
 *   are one RANGE. A core without a year takes it from its partner in a range
 *   ("medio januar – ult. april 2009"; "november – februar 2009" starts in 2008), else
 *   from `year` (the plan year, or the year of the section), and says so (`inferredYear`).
 * - The words right before a core belong to the expression ("inden udgangen af 2009",
 *   "straks efter 1. juli 2009", "i løbet af 1. halvår 2009") and set its kind:
 *   deadline (inden, senest, nået inden, indtil, udgangen af), start (fra, fra og med, pr.,
 *   efter, straks efter, siden, or "påbegynd..." shortly before), period (a range,
 *   i løbet af, gennem, i perioden), recurring (årlig, halvårlig, løbende, ... shortly
 *   before), else point.
 * - A frequency word with no date of its own ("en årlig redegørelse") is an expression of
 *   kind recurring without an interval (start, end and precision null).
 * - Qualifiers (primo, medio, ultimo, ult.) name a point: the first, middle or last day
 *   of the month or year; the precision stays that of the month or year. "udgangen af
 *   2009" is the last day (DAY). Seasons are RANGEs of whole months (foråret: March-May).
 */
import type { DatePrecision } from "../../graph/model.js";
import { findCores, type CoreDate, type DateKind } from "./date-matchers.js";
import { range } from "./date-vocabulary.js";

export type { DateKind } from "./date-matchers.js";

export interface DateExpression {
  /** As written, with the words that say what the date is for. */
  text: string;
  index: number;
  /** The date itself without those words ("1. juli 2009" of "inden 1. juli 2009"). */
  core: { text: string; index: number };
  start: string | null;
  end: string | null;
  /** null for a recurrence with no date ("årlig"). */
  precision: DatePrecision | null;
  kind: DateKind;
  /** The year was not written: it is the `year` option. */
  inferredYear: boolean;
}

export interface DateOptions {
  /** The year of a date that names none (the plan year or the section's year). */
  year: number;
}

const RANGE_JOINER = /^\s*(?:[-–—]|til)\s*$/u;

/** The words before a core that belong to it, longest first (the regex takes the leftmost). */
const PREFIX = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}])(nået inden|inden|senest ved|senest|ved|fra og med|fra den|fra|straks efter|efter|pr\.|per|siden|tilbage i|i løbet af|i perioden|indtil|til og med|startende i|gennem|for såvel|for både|såvel|både|for|den|i)\s+$`,
  "iu",
);
const RECURRING = String.raw`(?:halvårs?lig\p{L}*|årlig\p{L}*|månedlig\p{L}*|ugentlig\p{L}*|kvartalsvis|løbende)`;
const RECURRING_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])${RECURRING}(?![\p{L}\p{N}])`, "giu");
const RECURRING_NEAR = new RegExp(String.raw`(?<![\p{L}\p{N}])${RECURRING}(?![\p{L}\p{N}])[^.!?]*$`, "iu");

/** Two cores joined by a dash or "til" become one range. */
function joinRanges(text: string, cores: readonly CoreDate[]): CoreDate[] {
  const out: CoreDate[] = [];
  for (let i = 0; i < cores.length; i += 1) {
    const a = cores[i]!;
    const b = cores[i + 1];
    if (!b || !RANGE_JOINER.test(text.slice(a.index + a.length, b.index))) {
      out.push(a);
      continue;
    }
    const at = (fallback: number) => {
      const to = b.at(b.year ?? a.year ?? fallback);
      let from = a.at(a.year ?? b.year ?? fallback);
      if (a.year === null && from.start > to.start) from = a.at((b.year ?? fallback) - 1);
      return range(from, to);
    };
    out.push({ index: a.index, length: b.index + b.length - a.index, year: b.year ?? a.year, at, isRange: true });
    i += 1;
  }
  return out;
}

function kindOf(prefix: string, core: CoreDate, before: string): DateKind {
  const p = prefix.toLowerCase();
  if (RECURRING_NEAR.test(before)) return "recurring";
  if (/inden|senest|indtil|til og med/.test(p)) return "deadline";
  if (core.isRange || /løbet af|gennem|perioden/.test(p)) return "period";
  if (/^(fra|pr\.|per|straks efter|efter|siden|startende)/.test(p) || /påbegynd\p{L}*\s+$/iu.test(before))
    return "start";
  return core.kind ?? "point";
}

function express(text: string, core: CoreDate, year: number): DateExpression {
  const before = text.slice(Math.max(0, core.index - 40), core.index);
  const m = PREFIX.exec(before);
  const prefix = m?.[1] ?? "";
  const index = m ? core.index - before.length + m.index + m[0].trimEnd().length - prefix.length : core.index;
  const interval = core.at(core.year ?? year);
  const window = text.slice(Math.max(0, index - 30), index);
  return {
    text: text.slice(index, core.index + core.length),
    index,
    core: { text: text.slice(core.index, core.index + core.length), index: core.index },
    start: interval.start,
    end: interval.end,
    precision: interval.precision,
    kind: kindOf(prefix, core, window),
    inferredYear: core.year === null,
  };
}

/** Frequency words that no date expression has taken up. */
function recurrences(text: string, taken: readonly DateExpression[]): DateExpression[] {
  const out: DateExpression[] = [];
  for (const m of text.matchAll(RECURRING_WORD)) {
    const index = m.index ?? 0;
    const near = taken.some((e) => e.kind === "recurring" && index < e.index && e.index - index <= 40);
    if (near) continue;
    out.push({
      text: m[0],
      index,
      core: { text: m[0], index },
      start: null,
      end: null,
      precision: null,
      kind: "recurring",
      inferredYear: false,
    });
  }
  return out;
}

export function findDateExpressions(text: string, opts: DateOptions): DateExpression[] {
  const dated = joinRanges(text, findCores(text)).map((core) => express(text, core, opts.year));
  return [...dated, ...recurrences(text, dated)].sort((a, b) => a.index - b.index);
}
