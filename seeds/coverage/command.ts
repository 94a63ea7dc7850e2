/**
 * `npm run facts:coverage -- <plan.md> <facts.yaml> [--json] [--all-years]`: exit 0 when
 * nothing is uncovered, 1 when something is, 2 (with one line on stderr) for bad
 * arguments or a file that cannot be read, parsed or validated against the schema.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatIssue } from "../facts/errors.js";
import { loadFacts } from "../facts/load-facts.js";
import { parsePlanDocument, PlanParseError } from "../parser/parse-plan.js";
import { checkCoverage } from "./coverage.js";
import { formatJson, formatText } from "./report.js";

export const USAGE = "Usage: npm run facts:coverage -- <plan.md> <facts.yaml> [--json] [--all-years]";

export interface CommandIo {
  out(text: string): void;
  err(text: string): void;
  readFile(file: string): string;
  cwd: string;
}

const nodeIo: CommandIo = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
  readFile: (file) => readFileSync(file, "utf8"),
  cwd: process.cwd(),
};

class UsageError extends Error {}

function display(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

function readArgs(argv: string[]) {
  const options = {
    json: { type: "boolean" },
    "all-years": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  } as const;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (!values.help && positionals.length !== 2)
    throw new UsageError(`expected a plan and a facts file, got ${positionals.length} argument(s). ${USAGE}`);
  return {
    help: values.help === true,
    json: values.json === true,
    allYears: values["all-years"] === true,
    planFile: positionals[0] ?? "",
    factsFile: positionals[1] ?? "",
  };
}

function read(io: CommandIo, file: string): string {
  try {
    return io.readFile(path.resolve(io.cwd, file));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read ${display(file, io.cwd)}: ${reason}`);
  }
}

function run(argv: string[], io: CommandIo): number {
  const args = readArgs(argv);
  if (args.help) {
    io.out(USAGE);
    return 0;
  }
  const [planFile, factsFile] = [display(args.planFile, io.cwd), display(args.factsFile, io.cwd)];
  const [planText, factsText] = [read(io, args.planFile), read(io, args.factsFile)];
  const loaded = loadFacts(factsText, factsFile);
  if (!loaded.ok) {
    const more = loaded.issues.length > 1 ? ` (and ${loaded.issues.length - 1} more)` : "";
    throw new UsageError(`invalid facts file: ${formatIssue(loaded.issues[0]!)}${more}`);
  }
  let plan;
  try {
    plan = parsePlanDocument(planText, { planId: loaded.facts.plan.id, file: planFile });
  } catch (error) {
    if (error instanceof PlanParseError) throw new UsageError(`invalid plan: ${error.message}`);
    throw error;
  }
  const input = {
    plan,
    planText,
    planFile,
    facts: loaded.facts,
    factsFile,
    factsLineOf: loaded.source.lineOf,
    options: { allYears: args.allYears },
  };
  const report = checkCoverage(input);
  io.out(args.json ? formatJson(report, { plan: planFile, facts: factsFile }) : formatText(report));
  return report.findings.length > 0 ? 1 : 0;
}

/** Runs the command; returns the exit code. */
export function runCoverageCommand(argv: string[], io: CommandIo = nodeIo): number {
  try {
    return run(argv, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`facts:coverage: ${error.message}`);
    return 2;
  }
}
