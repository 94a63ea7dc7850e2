/** The coverage findings as text (one line each, grouped by kind, then counts) or JSON. */
import { FINDING_KINDS, type CoverageReport, type Finding } from "./coverage.js";

export function formatFinding(f: Finding): string {
  const section = f.section === "" ? "" : `  (${f.section})`;
  return `${f.file}:${f.line}  ${f.kind}  ${JSON.stringify(f.text)}${section} — ${f.hint}`;
}

export function formatSummary(report: CoverageReport): string {
  const total = report.findings.length;
  if (total === 0) return "coverage: nothing uncovered";
  const parts = FINDING_KINDS.map((k) => `${k} ${report.counts[k]}`).join(", ");
  return `coverage: ${total} uncovered (${parts})`;
}

export function formatText(report: CoverageReport): string {
  const lines: string[] = [];
  for (const kind of FINDING_KINDS) {
    const group = report.findings.filter((f) => f.kind === kind);
    if (group.length === 0) continue;
    lines.push(`# ${kind} (${group.length})`, ...group.map(formatFinding), "");
  }
  lines.push(formatSummary(report));
  return lines.join("\n");
}

export function formatJson(report: CoverageReport, files: { plan: string; facts: string }): string {
  return JSON.stringify(
    { ...files, total: report.findings.length, counts: report.counts, findings: report.findings },
    null,
    2,
  );
}
