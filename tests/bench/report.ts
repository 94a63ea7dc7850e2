/** The bench's output: one row per figure, printed as a Markdown table and kept as JSON. */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

export interface Row {
  section: string;
  case: string;
  /** What is measured, e.g. "p50 / p95 (ms)". */
  measure: string;
  /** The figures, formatted. */
  value: string;
  /** The headline ratio of the row, when it has one. */
  ratio: number | null;
  target: string;
  /** "met", "missed", "n/a (...)" or "" (context rows). */
  verdict: string;
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

export function markdownTable(rows: readonly Row[]): string {
  const head = "| section | case | measure | value | ratio | target | result |\n|---|---|---|---|---|---|---|";
  const body = rows.map(
    (r) =>
      `| ${[r.section, r.case, r.measure, r.value, r.ratio === null ? "" : `${r.ratio.toFixed(2)}x`, r.target, r.verdict].map(cell).join(" | ")} |`,
  );
  return [head, ...body].join("\n");
}

export function verdict(ok: boolean): string {
  return ok ? "met" : "missed";
}

export function machine() {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "",
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
  };
}

export function writeResults(dir: string, payload: Record<string, unknown>): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify(payload, null, 2)}\n`);
  return file;
}
