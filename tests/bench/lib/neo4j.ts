/**
 * The bench's own Neo4j: instance "bench" on port 7692, so it never touches the dev or
 * test servers; PLANGRAF_BENCH_NEO4J_PORT picks another port (and instance "bench-<port>",
 * so that two benches on one machine keep apart). With NEO4J_BENCH_URI set, that server is
 * used instead (and its data wiped).
 */
import path from "node:path";
import { GraphDb } from "../../../graph/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../../graph/local/server.js";
import { applySchema } from "../../../graph/schema.js";

export const BENCH_INSTANCE = "bench";
export const BENCH_PORT = 7692;

/** The bench instance's name and port: the default, or the port PLANGRAF_BENCH_NEO4J_PORT names. */
export function benchInstance(portSetting = process.env.PLANGRAF_BENCH_NEO4J_PORT): { name: string; port: number } {
  if (!portSetting?.trim()) return { name: BENCH_INSTANCE, port: BENCH_PORT };
  const port = Number(portSetting);
  if (!Number.isInteger(port) || port < 1024 || port > 65535)
    throw new Error(`PLANGRAF_BENCH_NEO4J_PORT must be a port number (1024-65535), not "${portSetting}".`);
  return port === BENCH_PORT ? { name: BENCH_INSTANCE, port } : { name: `${BENCH_INSTANCE}-${port}`, port };
}
/** Heap and page cache of the bench server: enough to hold the 100k-node set in the page cache. */
export const BENCH_MEMORY = { heapMb: 1024, pageCacheMb: 512 };

export interface BenchNeo4j {
  uri: string;
  local: LocalNeo4j | undefined;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "..", "..", "..");

export async function startBenchNeo4j(log: (line: string) => void): Promise<BenchNeo4j> {
  const external = process.env.NEO4J_BENCH_URI;
  if (external) {
    log(`Using the Neo4j at ${external} (NEO4J_BENCH_URI); its data will be replaced.`);
    return { uri: external, local: undefined, stop: async () => {} };
  }
  const instance = benchInstance();
  const local = await startLocalNeo4j({
    localDir: path.join(root, ".neo4j"),
    ...instance,
    ...BENCH_MEMORY,
    log,
  });
  log(
    `Neo4j ${local.version} (${instance.name}, pid ${local.pid}) ready on ${local.uri} in ${(local.startMs / 1000).toFixed(1)} s`,
  );
  return { uri: local.uri, local, stop: () => local.stop() };
}

export function connect(uri: string, txTimeoutMs = 120_000): GraphDb {
  return GraphDb.connect({
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    txTimeoutMs,
    maxRetryTimeMs: 5_000,
  });
}

export async function prepareSchema(db: GraphDb): Promise<void> {
  await applySchema(db);
}
