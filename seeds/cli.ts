/**
 * `npm run seed` loads the seed plans; `npm run seed -- <plan.md> <facts.yaml>` loads
 * another plan. Validation problems are listed with file:line, and nothing is written.
 * The load reports go to stdout; progress and errors are log lines on stderr.
 */
import path from "node:path";
import { parseCli, UsageError } from "../graph/cli-args.js";
import { readNeo4jSettings } from "../graph/config.js";
import { openGraph } from "../graph/connect.js";
import { createCliLogger } from "../graph/logger.js";
import { exitOnLoadError, formatReport, SEED_PLANS, seedPlan, type PlanSource } from "./seed-plans.js";

const USAGE =
  "Usage: npm run seed [-- <plan.md> <facts.yaml>]\n" +
  "Loads the seed plans (idempotent), or the given plan with its facts file.";

const log = createCliLogger("seed");

const plans: PlanSource[] = parseCli({ options: {}, allowPositionals: true }, USAGE, ({ positionals }) => {
  if (positionals.length === 0) return SEED_PLANS;
  if (positionals.length !== 2)
    throw new UsageError(`Expected a plan and a facts file, got ${positionals.length} argument(s).`);
  return [{ planFile: path.resolve(positionals[0]!), factsFile: path.resolve(positionals[1]!) }];
});

async function main(): Promise<void> {
  const graph = await openGraph(readNeo4jSettings(), { log: (line) => log.info(line) });
  try {
    for (const source of plans) process.stdout.write(`${formatReport(await seedPlan(graph.db, source))}\n`);
  } finally {
    await graph.close();
  }
}

main().catch(exitOnLoadError(log));
