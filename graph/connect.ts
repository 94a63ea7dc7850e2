/**
 * Opens the graph: the server named by NEO4J_URI, or a local one provisioned and started
 * on demand. Applies the schema either way.
 */
import type { Neo4jSettings } from "./config.js";
import { GraphDb } from "./driver.js";
import { DatabaseUnavailableError } from "./errors.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local/server.js";
import { applySchema } from "./schema.js";

export interface OpenGraph {
  db: GraphDb;
  uri: string;
  local: LocalNeo4j | undefined;
  close(): Promise<void>;
}

export async function openGraph(
  settings: Neo4jSettings,
  options: { instance: string; log?: (line: string) => void },
): Promise<OpenGraph> {
  const log = options.log ?? (() => {});
  let local: LocalNeo4j | undefined;
  let uri = settings.uri;
  if (uri === undefined) {
    local = await startLocalNeo4j({ localDir: settings.localDir, name: options.instance, port: settings.localPort, log });
    uri = local.uri;
    log(`Neo4j ${local.version} (${local.mainClass}) ready on ${uri} in ${(local.startMs / 1000).toFixed(1)} s.`);
  }
  const db = GraphDb.connect({ uri, user: settings.user, password: settings.password, database: settings.database, txTimeoutMs: settings.txTimeoutMs });
  try {
    await db.ping();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    if (error instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(`Neo4j at ${uri} is not reachable (check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD): ${error.message}`);
    }
    throw error;
  }
  return {
    db,
    uri,
    local,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
