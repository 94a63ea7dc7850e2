/**
 * Loads synthetic plans into a running Neo4j, for trying the app or a query at scale:
 *
 *   NEO4J_URI=bolt://127.0.0.1:7687 npx tsx graph/synthetic/cli.ts --nodes 100000 [--mode per-plan|batched] [--seed 2009]
 *
 * Adds plans 0.. until the node count is reached (plans already there are merged again,
 * unchanged). Prints a progress bar on stderr and the rate in elements per second.
 */
import { readNeo4jSettings } from "../config.js";
import { GraphDb } from "../driver.js";
import { applySchema } from "../schema.js";
import { DEFAULT_SEED, generatePlans, planRangeForNodes } from "./generate.js";
import { loadSynthetic, type LoadMode } from "./load.js";

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}

const nodes = Number(arg("nodes", "10000"));
const mode = arg("mode", "batched") as LoadMode;
const seed = Number(arg("seed", String(DEFAULT_SEED)));
if (!Number.isInteger(nodes) || nodes < 1 || !["per-plan", "batched"].includes(mode) || !Number.isInteger(seed)) {
  console.error("usage: tsx graph/synthetic/cli.ts --nodes <count> [--mode per-plan|batched] [--seed <int>]");
  process.exit(2);
}
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
  console.error(
    `Loaded ${report.plans} synthetic plans into ${uri}: ${report.nodes} nodes, ${report.relationships} relationships in ${(report.ms / 1000).toFixed(1)} s (${Math.round(report.elementsPerSecond)} elements/s, ${mode}).`,
  );
} finally {
  await db.close();
}
