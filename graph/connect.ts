/**
 * Opens the graph: the server named by NEO4J_URI, or the local one: the running server of
 * the instance when there is one (a CLI next to `npm start` uses it and never stops it),
 * else a local one provisioned and started on demand. Applies the schema either way.
 */
import type { Neo4jSettings } from "./config.js";
import { GraphDb } from "./driver.js";
import { DatabaseUnavailableError } from "./errors.js";
import { localNeo4jPassword } from "./local/credentials.js";
import { startLocalNeo4j, type LocalNeo4j } from "./local/server.js";
import { applySchema } from "./schema.js";

export interface OpenGraph {
  db: GraphDb;
  uri: string;
  local: LocalNeo4j | undefined;
  /** Starts the local server again with the same settings (for the supervisor of `npm start`). */
  startLocal: (() => Promise<LocalNeo4j>) | undefined;
  close(): Promise<void>;
}

export async function openGraph(
  settings: Neo4jSettings,
  options: { instance?: string; log?: (line: string) => void; adopt?: boolean },
): Promise<OpenGraph> {
  const log = options.log ?? (() => {});
  let local: LocalNeo4j | undefined;
  let uri = settings.uri;
  let user = settings.user;
  let password = settings.password;
  let startLocal: (() => Promise<LocalNeo4j>) | undefined;
  if (uri === undefined) {
    const localPassword = settings.localPasswordFile ? localNeo4jPassword(settings.localPasswordFile) : undefined;
    const localOptions = {
      localDir: settings.localDir,
      name: options.instance ?? settings.localInstance,
      port: settings.localPort,
      password: localPassword,
      log,
    };
    startLocal = () => startLocalNeo4j(localOptions);
    local = await startLocalNeo4j({ ...localOptions, adopt: options.adopt });
    uri = local.uri;
    user = local.user;
    password = local.password;
    if (local.owned && local.startMs > 0)
      log(`Neo4j ${local.version} (${local.mainClass}) ready on ${uri} in ${(local.startMs / 1000).toFixed(1)} s.`);
  }
  const db = GraphDb.connect({ uri, user, password, database: settings.database, txTimeoutMs: settings.txTimeoutMs });
  try {
    await db.ping();
    await applySchema(db);
  } catch (error) {
    await db.close();
    await local?.stop();
    if (error instanceof DatabaseUnavailableError) {
      throw new DatabaseUnavailableError(
        `Neo4j at ${uri} is not reachable (check NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD): ${error.message}`,
      );
    }
    throw error;
  }
  return {
    db,
    uri,
    local,
    startLocal,
    async close() {
      await db.close();
      await local?.stop();
    },
  };
}
