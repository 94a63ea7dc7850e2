/**
 * `npm run bench`: Plangraf's benchmarks, every figure a ratio measured in this one run.
 * Starts its own Neo4j (instance "bench", port 7692) and the API in-process on port 0, grows
 * synthetic data 1k -> 10k -> 100k nodes (import), then: growth, floor vs API, the
 * @neo4j/graphql peer, past-one-machine checks, and the client in headless Chromium.
 * Writes tests/bench/results/<timestamp>.json and prints a Markdown table.
 *
 *   npm run bench                 # full (~10 min on 2 cores)
 *   npm run bench -- --quick      # ~3 min: up to 10k nodes, shorter loads, fewer client cases
 *   npm run bench -- --skip=client,peer   (sections: growth, floor, profile, peer, scale, client)
 * NEO4J_BENCH_URI=bolt://... uses a running server instead (its data is replaced).
 */
import "reflect-metadata";
import path from "node:path";
import { hubSystem } from "./floor.js";
import { queryFields, startApi } from "./lib/api.js";
import { connect, startBenchNeo4j, BENCH_MEMORY } from "./lib/neo4j.js";
import { parseCli } from "../../graph/cli-args.js";
import { readNeo4jSettings } from "../../graph/config.js";
import { applySchema } from "../../graph/schema.js";
import { planIdentity } from "../../graph/synthetic/generate.js";
import { countAll, wipe } from "../../graph/synthetic/load.js";
import type { BenchContext, BenchOptions } from "./context.js";
import { runClient } from "./cases/client.js";
import { runFloorVsApi } from "./cases/floor-vs-api.js";
import { runGrowth } from "./cases/growth.js";
import { runPeer } from "./cases/peer.js";
import { runProfile } from "./cases/profile.js";
import { runScaleOut } from "./cases/scale-out.js";
import { machine, markdownTable, writeResults } from "./report.js";

const USAGE =
  "Usage: npm run bench [-- --quick] [--skip=<section>,...]\n" +
  "Sections: growth, floor, profile, peer, scale, client. NEO4J_BENCH_URI=bolt://... uses a running server.";

function parseOptions(argv: string[]): BenchOptions {
  return parseCli(
    {
      args: argv,
      options: { quick: { type: "boolean", default: false }, skip: { type: "string", multiple: true, default: [] } },
    },
    USAGE,
    ({ values }) => ({ quick: values.quick, skip: new Set(values.skip.flatMap((list) => list.split(","))) }),
  );
}

async function section(ctx: BenchContext, name: string, work: () => Promise<void>): Promise<void> {
  if (ctx.options.skip.has(name)) {
    ctx.log(`skipping ${name}`);
    return;
  }
  const started = performance.now();
  ctx.log(`== ${name}`);
  try {
    await work();
  } catch (error) {
    // One broken case must not hide the others' figures.
    const message = error instanceof Error ? error.message : String(error);
    ctx.rows.push({
      section: name,
      case: "(whole section)",
      measure: "",
      value: "",
      ratio: null,
      target: "",
      verdict: `failed: ${message.slice(0, 160)}`,
    });
    ctx.log(`${name} failed: ${error instanceof Error ? error.stack : message}`);
  }
  ctx.log(`${name} took ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const log = (line: string) =>
    process.stderr.write(`[bench +${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);
  const neo4j = await startBenchNeo4j(log);
  const db = connect(neo4j.uri);
  // The API gets the product's own transaction timeout (PLANGRAF_TX_TIMEOUT_MS, 10 s by default).
  const apiDb = connect(neo4j.uri, readNeo4jSettings().txTimeoutMs);
  const api = await startApi(apiDb);
  const ctx: BenchContext = {
    db,
    uri: neo4j.uri,
    api,
    fields: await queryFields(api.url),
    options,
    rows: [],
    raw: {},
    log,
    planId: planIdentity(0).planId,
    hubId: "",
  };
  log(`API on ${api.url}; Query fields now: ${[...ctx.fields].sort().join(", ")}`);
  try {
    await wipe(db);
    await applySchema(db);
    await section(ctx, "growth", async () => {
      await runGrowth(ctx, async () => {
        ctx.hubId ||= await hubSystem(db, ctx.planId);
      });
    });
    ctx.hubId ||= await hubSystem(db, ctx.planId).catch(() => "");
    const counts = await countAll(db);
    log(
      `database: ${counts.nodes} nodes, ${counts.relationships} relationships; plan ${ctx.planId}, impact root ${ctx.hubId}`,
    );
    await section(ctx, "floor", () => runFloorVsApi(ctx));
    await section(ctx, "profile", () => runProfile(ctx));
    await section(ctx, "peer", () => runPeer(ctx));
    await section(ctx, "scale", () => runScaleOut(ctx));
    await section(ctx, "client", () => runClient(ctx));
    const table = markdownTable(ctx.rows);
    const file = writeResults(path.join(import.meta.dirname, "results"), {
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      seconds: Math.round((performance.now() - started) / 1000),
      options: { quick: options.quick, skip: [...options.skip] },
      machine: machine(),
      neo4j: { uri: neo4j.uri, local: Boolean(neo4j.local), memory: BENCH_MEMORY },
      database: counts,
      apiQueryFields: [...ctx.fields].sort(),
      rows: ctx.rows,
      raw: ctx.raw,
      table,
    });
    process.stdout.write(
      `\n${table}\n\nWritten ${path.relative(process.cwd(), file)} in ${((performance.now() - started) / 1000).toFixed(0)} s.\n`,
    );
  } finally {
    await api.stop();
    await apiDb.close();
    await db.close();
    await neo4j.stop();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error("bench failed:", error);
    process.exit(1);
  },
);
