/**
 * `npm run seed` loads the seed plans; `npm run seed -- <plan.md> <facts.yaml>` loads
 * another plan. Validation problems are listed with file:line, and nothing is written.
 */
import path from "node:path";
import { readNeo4jSettings } from "../graph/config.js";
import { openGraph } from "../graph/connect.js";
import { ConfigError, DatabaseUnavailableError } from "../graph/errors.js";
import { PlanValidationError } from "./facts/errors.js";
import { formatReport, SEED_PLANS, seedPlan, type PlanSource } from "./seed-plans.js";

function sources(args: string[]): PlanSource[] {
  if (args.length === 0) return SEED_PLANS;
  if (args.length !== 2) throw new ConfigError("Usage: npm run seed [-- <plan.md> <facts.yaml>]");
  return [{ planFile: path.resolve(args[0]!), factsFile: path.resolve(args[1]!) }];
}

async function main(): Promise<void> {
  const plans = sources(process.argv.slice(2));
  const graph = await openGraph(readNeo4jSettings(), { log: (l) => console.log(l) });
  try {
    for (const source of plans) console.log(formatReport(await seedPlan(graph.db, source)));
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  if (
    error instanceof PlanValidationError ||
    error instanceof ConfigError ||
    error instanceof DatabaseUnavailableError
  ) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
