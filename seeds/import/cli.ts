/**
 * `npm run import -- <plan.docx | plan.md | plan.txt> [--plan-id <id>] [--municipality <name>]`:
 * loads the plan into Neo4j (NEO4J_URI, or the local server as `npm run seed` does) and
 * stores the suggested facts for review. A bad file gets a one-line reason; nothing is written.
 */
import path from "node:path";
import { readNeo4jSettings } from "../../graph/config.js";
import { openGraph } from "../../graph/connect.js";
import { ConfigError, DatabaseUnavailableError } from "../../graph/errors.js";
import { formatReport } from "../seed-plans.js";
import { ImportError } from "./errors.js";
import { importPlan, prepareImport } from "./import-plan.js";

const USAGE = "Usage: npm run import -- <plan.docx|plan.md|plan.txt> [--plan-id <id>] [--municipality <name>]";

function parseArgs(args: string[]): { file: string; planId?: string; municipality?: string } {
  let file: string | undefined;
  const opts: { planId?: string; municipality?: string } = {};
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i]!;
    if (arg === "--plan-id" || arg === "--municipality") {
      const value = args[i + 1];
      if (!value) throw new ConfigError(`${arg} needs a value. ${USAGE}`);
      if (arg === "--plan-id") opts.planId = value;
      else opts.municipality = value;
      i += 1;
    } else if (!file && !arg.startsWith("--")) file = arg;
    else throw new ConfigError(`Unexpected argument "${arg}". ${USAGE}`);
  }
  if (!file) throw new ConfigError(USAGE);
  return { file: path.resolve(file), ...opts };
}

async function main(): Promise<void> {
  const opts = parseArgs(process.argv.slice(2));
  // Read and check the file before touching the database.
  await prepareImport(opts);
  const graph = await openGraph(readNeo4jSettings(), { instance: "dev", log: (l) => console.log(l) });
  try {
    const report = await importPlan(graph.db, opts);
    console.log(formatReport(report.load));
    console.log(
      `Stored ${report.suggestions} suggestions for review (query suggestions(planId: "${report.load.planId}")).`,
    );
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof ImportError || error instanceof ConfigError || error instanceof DatabaseUnavailableError)
    console.error(error.message);
  else console.error(error);
  process.exit(1);
});
