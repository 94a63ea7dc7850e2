/**
 * Starts the test Neo4j once per run: its own instance folder ("test") and port, so the
 * suite never touches the data of a running `npm start`. Tests get the URI by `inject`.
 * With NEO4J_TEST_URI set, that server is used instead (and its data is wiped!).
 */
import type { TestProject } from "vitest/node";
import { readNeo4jSettings } from "../../graph/config.js";
import { GraphDb } from "../../graph/driver.js";
import { startLocalNeo4j, type LocalNeo4j } from "../../graph/local/server.js";
import { applySchema } from "../../graph/schema.js";

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI;
  if (!uri) {
    const settings = readNeo4jSettings({ ...process.env, PLANGRAF_NEO4J_PORT: process.env.PLANGRAF_TEST_NEO4J_PORT || "7688" });
    local = await startLocalNeo4j({ localDir: settings.localDir, name: "test", port: settings.localPort, log: (l) => console.log(`[neo4j] ${l}`) });
    uri = local.uri;
    console.log(`[neo4j] test server ${local.version} ready on ${uri} in ${(local.startMs / 1000).toFixed(1)} s`);
  }
  const db = GraphDb.connect({ uri, user: process.env.NEO4J_USER ?? "neo4j", password: process.env.NEO4J_PASSWORD ?? "", txTimeoutMs: 60_000 });
  await db.write("wipe", (tx) => tx.run("MATCH (n) DETACH DELETE n"));
  await applySchema(db);
  await db.close();
  project.provide("neo4jUri", uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
}
