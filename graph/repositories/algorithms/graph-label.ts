/** Short labels for drawing: "IT E" for goal E of IT-afdelingen, "IT E.1" for its first initiative. */

const DEPARTMENT_SUFFIX =
  /-?(afdelingen|afdeling|sekretariatet|sekretariat|kontoret|kontor|forvaltningen|forvaltning)$/iu;

/** "IT-afdelingen" -> "IT", "Personaleafdelingen" -> "Pers", "Økonomiafdelingen" -> "Økon". */
export function departmentAbbreviation(name: string): string {
  const stem = name.trim().replace(DEPARTMENT_SUFFIX, "") || name.trim();
  return stem.length <= 4 ? stem : stem.slice(0, 4);
}

const shorten = (text: string, max = 28) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export interface LabelInput {
  name: string;
  kind: string;
  departmentName?: string | null;
  letter?: string | null;
  ordinal?: number | null;
  goalLetter?: string | null;
}

export function graphLabel(node: LabelInput): string {
  const department = node.departmentName ? departmentAbbreviation(node.departmentName) : null;
  if (node.kind === "Goal" && department && node.letter) return `${department} ${node.letter}`;
  if (node.kind === "Initiative" && department && node.goalLetter && node.ordinal != null)
    return `${department} ${node.goalLetter}.${node.ordinal}`;
  if (node.kind === "StatusItem" && department) return shorten(`${department}: ${node.name}`);
  return shorten(node.name);
}
