/**
 * Loads synthetic plans into a running Neo4j, for trying the app or a query at scale:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx graph/synthetic/cli.ts --nodes 100000 [--mode per-plan|batched] [--seed 2009]
 *
 * Adds plans 0.. until the node count is reached (plans already there are merged again,
 * unchanged). Prints a progress bar on stderr and the rate in elements per second.
 */
import { choiceOption, exitOnError, intOption, parseCli } from "../cli-args.js";
import { readNeo4jSettings } from "../config.js";
import { GraphDb } from "../driver.js";
import { createCliLogger } from "../logger.js";
import { applySchema } from "../schema.js";
import { DEFAULT_SEED, generatePlans, planRangeForNodes } from "./generate.js";
import { loadSynthetic, type LoadMode } from "./load.js";

const USAGE =
  "Usage: tsx graph/synthetic/cli.ts [--nodes <count>] [--mode per-plan|batched] [--seed <int>]\n" +
  `Loads synthetic plans into NEO4J_URI (else the local port) up to --nodes (default 10000; mode batched, seed ${DEFAULT_SEED}).`;

const log = createCliLogger("synthetic");

const { nodes, mode, seed } = parseCli(
  { options: { nodes: { type: "string" }, mode: { type: "string" }, seed: { type: "string" } } },
  USAGE,
  ({ values }) => ({
    nodes: intOption(values.nodes, "--nodes", { min: 1, fallback: 10_000 }),
    mode: choiceOption<LoadMode>(values.mode, "--mode", ["per-plan", "batched"], "batched"),
    seed: intOption(values.seed, "--seed", { fallback: DEFAULT_SEED }),
  }),
);
const settings = readNeo4jSettings();
const uri = settings.uri ?? `bolt://127.0.0.1:${settings.localPort}`;
const db = GraphDb.connect({
  uri,
  user: settings.user,
  password: settings.password,
  database: settings.database,
  txTimeoutMs: 120_000,
});
try {
  await applySchema(db);
  const range = planRangeForNodes(nodes, { seed });
  const report = await loadSynthetic(db, generatePlans(0, range.count, { seed }), {
    mode,
    concurrency: mode === "batched" ? 2 : 1,
    batchElements: 10_000,
    totalElements: range.nodes + range.edges,
  });
  log.info(
    { event: "loaded", plans: report.plans, nodes: report.nodes, relationships: report.relationships, mode },
    `Loaded ${report.plans} synthetic plans into ${uri}: ${report.nodes} nodes, ${report.relationships} relationships in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.elementsPerSecond)} elements/s, ${mode}).`,
  );
} catch (error) {
  await db.close();
  exitOnError(log)(error);
}
await db.close();
