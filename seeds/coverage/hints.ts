/** The short hint after each finding: which fact would cover it. */
import type { DatePrecision } from "../../graph/model.js";
import { quote } from "../facts/errors.js";
import type { CueEdge } from "./cues.js";
import type { DateKind } from "./danish-dates.js";
import { isOrgWord } from "./word-classes.js";

export interface HintInput {
  kind: "name" | "system" | "date" | "cue";
  text: string;
  context: string;
  date?: {
    start: string | null;
    end: string | null;
    precision: DatePrecision | null;
    kind: DateKind;
    inferredYear: boolean;
  };
  edge?: CueEdge;
}

const OR_IGNORE = "or an ignore entry";

function dateHint(text: string, date: NonNullable<HintInput["date"]>): string {
  if (date.start === null || date.precision === null) return `recurring: a milestone if it is one, ${OR_IGNORE}`;
  const end = date.end !== null && date.end !== date.start ? `, endDate ${date.end}` : "";
  const notes = [date.kind, ...(date.inferredYear ? ["year inferred"] : [])].join(", ");
  return `milestone with dateText ${quote(text)}, date ${date.start}${end}, precision ${date.precision} (${notes}), ${OR_IGNORE}`;
}

export function hintFor(o: HintInput): string {
  switch (o.kind) {
    case "name": {
      const last = o.text.split(/\s+/).at(-1) ?? o.text;
      return isOrgWord(last)
        ? `organisation (or an alias of one), ${OR_IGNORE}`
        : `organisation or system (or an alias), ${OR_IGNORE}`;
    }
    case "system":
      return `system (or an alias of one; an organisation if it is one), ${OR_IGNORE}`;
    case "date":
      return o.date ? dateHint(o.text, o.date) : OR_IGNORE;
    case "cue":
      return `${o.edge ?? "DEPENDS_ON"} edge with evidence ${quote(o.context, 90)}, ${OR_IGNORE}`;
  }
}
