/**
 * What a heading means, from its words alone. Heading levels in the plan are unreliable
 * (a department's "Mål 2008" is a level-2 heading, goals come at levels 2 to 5 or as bold
 * paragraphs), so the parser reads the vocabulary of a virksomhedsplan instead.
 * No department names, letters or years are known here: they are captured.
 */

export type HeadingKind =
  | { kind: "toc" }
  | { kind: "intro"; administration: string; year: number }
  | { kind: "plan"; owner: string; year: number }
  | { kind: "profile" }
  | { kind: "status"; year: number }
  | { kind: "goals"; year: number | null }
  | { kind: "lettered"; letter: string; title: string }
  | { kind: "field"; field: FieldName }
  | { kind: "other" };

export type FieldName = "vision" | "tasks" | "resources" | "mainGoal" | "strategy" | "initiatives" | "statusText";

/** "Borgmestersekretariatets" -> "Borgmestersekretariatet"; Danish genitive "s" or "'". */
export function stripGenitive(name: string): string {
  return name.replace(/(?<=\p{L})(s|')$/u, "");
}

const FIELD_WORDS: ReadonlyArray<[RegExp, FieldName]> = [
  [/^vision$/i, "vision"],
  [/^hovedopgaver?$/i, "tasks"],
  [/^(personalemæssige |økonomiske )?ressourcer$/i, "resources"],
  [/^(hovedmål|hovedformål|formål|mål)$/i, "mainGoal"],
  [/^strategi(er)?$/i, "strategy"],
  [/^indsatsområde(r)?$/i, "initiatives"],
  [/^status$/i, "statusText"],
];

export function classifyHeading(raw: string): HeadingKind {
  const text = raw.replace(/\s+/g, " ").trim();
  if (/^indholdsfortegnelse$/i.test(text)) return { kind: "toc" };
  const intro = /^Om (.+) virksomhedsplan (\d{4})$/i.exec(text);
  if (intro) return { kind: "intro", administration: stripGenitive(intro[1] ?? ""), year: Number(intro[2]) };
  const plan = /^(.+?) virksomhedsplan (\d{4})$/i.exec(text);
  if (plan) return { kind: "plan", owner: stripGenitive(plan[1] ?? ""), year: Number(plan[2]) };
  const status = /^(?:\d+\.\s*)?(?:status på|mål) (\d{4})$/i.exec(text);
  if (status) return { kind: "status", year: Number(status[1]) };
  if (/^\d+\.\s*(hoved)?mål\b/i.test(text)) {
    const year = /(\d{4})\s*$/.exec(text);
    return { kind: "goals", year: year ? Number(year[1]) : null };
  }
  if (/^\d+\.\s*vision\b/i.test(text)) return { kind: "profile" };
  const lettered = /^([A-ZÆØÅ])[.)]\s+(\S.*?)[.\s]*$/.exec(text);
  if (lettered) return { kind: "lettered", letter: lettered[1] ?? "", title: lettered[2] ?? "" };
  const word = text.replace(/[:.\s]+$/, "");
  for (const [pattern, field] of FIELD_WORDS) if (pattern.test(word)) return { kind: "field", field };
  return { kind: "other" };
}
