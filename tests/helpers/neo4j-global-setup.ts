/**
 * Starts the test Neo4j once per run: its own instance folder ("test") and port, so the
 * suite never touches the data of a running `npm start`. Tests get the URI by `inject`.
 * Several projects (integration, e2e) list this setup; they share one server through a
 * process-wide handle. With NEO4J_TEST_URI set, that server is used instead (its data is wiped).
 */
import type { TestProject } from "vitest/node";
import { readNeo4jSettings } from "../../graph/config.js";
import { GraphDb } from "../../graph/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../graph/local/server.js";
import { applySchema } from "../../graph/schema.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
    appUrl: string;
  }
}

interface Shared {
  uri: Promise<string>;
  local: LocalNeo4j | undefined;
  users: number;
}
const KEY = Symbol.for("plangraf.test-neo4j");
const shared = globalThis as unknown as { [KEY]?: Shared };

async function start(holder: Shared): Promise<string> {
  const external = process.env.NEO4J_TEST_URI;
  let uri = external;
  if (!uri) {
    const settings = readNeo4jSettings({
      ...process.env,
      PLANGRAF_NEO4J_PORT: process.env.PLANGRAF_TEST_NEO4J_PORT || "7688",
    });
    holder.local = await startLocalNeo4j({
      localDir: settings.localDir,
      name: `test-${settings.localPort}`,
      port: settings.localPort,
      log: (l) => console.log(`[neo4j] ${l}`),
    });
    uri = holder.local.uri;
    console.log(
      `[neo4j] test server ${holder.local.version} ready on ${uri} in ${(holder.local.startMs / 1000).toFixed(1)} s`,
    );
  }
  const db = GraphDb.connect({
    uri,
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    txTimeoutMs: 60_000,
  });
  try {
    await db.write("wipe", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
    await applySchema(db);
  } finally {
    await db.close();
  }
  return uri;
}

/** The test server's URI, starting it on first use. */
export function testNeo4jUri(): Promise<string> {
  let holder = shared[KEY];
  if (!holder) {
    holder = { uri: Promise.resolve(""), local: undefined, users: 0 };
    holder.uri = start(holder);
    shared[KEY] = holder;
  }
  holder.users += 1;
  return holder.uri;
}

export async function releaseTestNeo4j(): Promise<void> {
  const holder = shared[KEY];
  if (!holder) return;
  holder.users -= 1;
  if (holder.users > 0) return;
  delete shared[KEY];
  await holder.local?.stop();
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  project.provide("neo4jUri", await testNeo4jUri());
  return releaseTestNeo4j;
}
