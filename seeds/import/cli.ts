/**
 * `npm run import -- <plan.docx | plan.md | plan.txt> [--plan-id <id>] [--municipality <name>]`:
 * loads the plan into Neo4j (NEO4J_URI, or the local server as `npm run seed` does) and
 * stores the suggested facts for review. A bad file gets a one-line reason; nothing is written.
 * The load report goes to stdout; progress and errors are log lines on stderr.
 */
import path from "node:path";
import { parseCli, UsageError } from "../../graph/cli-args.js";
import { readNeo4jSettings } from "../../graph/config.js";
import { openGraph } from "../../graph/connect.js";
import { createCliLogger } from "../../graph/logger.js";
import { exitOnLoadError, formatReport } from "../seed-plans.js";
import { importPlan, prepareImport } from "./import-plan.js";

const USAGE =
  "Usage: npm run import -- <plan.docx|plan.md|plan.txt> [--plan-id <id>] [--municipality <name>]\n" +
  "Loads the plan and stores the suggested facts for review.";

const log = createCliLogger("import");

const options = parseCli(
  { options: { "plan-id": { type: "string" }, municipality: { type: "string" } }, allowPositionals: true },
  USAGE,
  ({ values, positionals }) => {
    if (positionals.length !== 1)
      throw new UsageError(`Expected one plan file, got ${positionals.length} argument(s).`);
    return {
      file: path.resolve(positionals[0]!),
      ...(values["plan-id"] !== undefined ? { planId: values["plan-id"] } : {}),
      ...(values.municipality !== undefined ? { municipality: values.municipality } : {}),
    };
  },
);

async function main(): Promise<void> {
  // Read and check the file before touching the database.
  await prepareImport(options);
  const graph = await openGraph(readNeo4jSettings(), { instance: "dev", log: (line) => log.info(line) });
  try {
    const report = await importPlan(graph.db, options);
    process.stdout.write(`${formatReport(report.load)}\n`);
    process.stdout.write(
      `Stored ${report.suggestions} suggestions for review (query suggestions(planId: "${report.load.planId}")).\n`,
    );
  } finally {
    await graph.close();
  }
}

main().catch(exitOnLoadError(log));
