/** Validation problems, all reported at once, each with file:line and field path. */

export interface ValidationIssue {
  file: string;
  line: number;
  /** Field path, e.g. "edges[3].evidence"; "(yaml)" for syntax errors. */
  field: string;
  message: string;
}

export function formatIssue(issue: ValidationIssue): string {
  return `${issue.file}:${issue.line} ${issue.field}: ${issue.message}`;
}

export class PlanValidationError extends Error {
  readonly issues: ValidationIssue[];

  constructor(issues: ValidationIssue[]) {
    const count = `${issues.length} problem${issues.length === 1 ? "" : "s"}`;
    super(`Plan facts are invalid (${count}):\n${issues.map((i) => `  ${formatIssue(i)}`).join("\n")}`);
    this.name = "PlanValidationError";
    this.issues = issues;
  }
}

/** "edges", 3, "evidence" -> "edges[3].evidence". */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === "number") return `${acc}[${key}]`;
    return acc === "" ? String(key) : `${acc}.${String(key)}`;
  }, "");
}

/** Quotes a passage for a message, cut to a readable length. */
export function quote(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}
