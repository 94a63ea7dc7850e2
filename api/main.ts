/**
 * Runs Plangraf: opens the graph (the local Neo4j, supervised, unless NEO4J_URI is set),
 * loads the seed plan when the database is empty, and serves API + client on one port.
 * Logs are structured (pino, one JSON object per line).
 */
import { readNeo4jSettings } from "../graph/config.js";
import { openGraph } from "../graph/connect.js";
import { ConfigError, DatabaseUnavailableError } from "../graph/errors.js";
import { isPortFree } from "../graph/local/server.js";
import { Neo4jSupervisor } from "../graph/local/supervisor.js";
import { seedIfEmpty } from "../seeds/seed-plans.js";
import { readAuthSettings } from "./auth/settings.js";
import { createLogger, readLogLevel, type Logger } from "./logger.js";
import { buildApp, type App } from "./server.js";
import { shutdown } from "./shutdown.js";

// A bad LOG_LEVEL is reported like any other bad setting: one fatal line, exit 1.
let logger: Logger;
try {
  logger = createLogger({ level: readLogLevel() });
} catch (error) {
  createLogger({ level: "info" }).fatal(`plangraf: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

function readPort(): number {
  const raw = process.env.PORT ?? "4000";
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new ConfigError(`PORT=${raw} is not a port number (1-65535).`);
  return port;
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (line: string) => logger.info(line);
  const port = readPort();
  const auth = readAuthSettings();
  const host = process.env.HOST ?? "127.0.0.1";
  if (!(await isPortFree(port, host)))
    throw new ConfigError(`Port ${port} is taken: stop what runs there or set PORT to another port.`);
  const graph = await openGraph(readNeo4jSettings(), { log, adopt: true });
  // A local server this process started (or took over) is kept running: restarted with back-off if it dies.
  const supervisor =
    graph.local?.owned && graph.startLocal
      ? Neo4jSupervisor.supervise(graph.local, graph.startLocal, { log: (line) => logger.warn(line) })
      : undefined;
  let app: App;
  try {
    const seeded = await seedIfEmpty(graph.db, log);
    if (!seeded) log("The database already holds a plan; not seeding.");
    app = await buildApp({
      db: graph.db,
      auth,
      production: process.env.NODE_ENV === "production",
      logger,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(port, host, resolve));
  } catch (error) {
    // A start that fails after Neo4j came up stops the Neo4j it started: none is left behind.
    await graph.db.close().catch(() => {});
    await (supervisor ?? graph.local)?.stop();
    throw error;
  }
  const { apollo } = app;
  log(
    "Planners write with a token: `npm run token -- --user <name> --role planner` prints one (send it as `Authorization: Bearer <token>`).",
  );
  log(
    `Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: http://${host}:${port}/  (GraphQL: /graphql, explorer: /graphiql)`,
  );

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: draining requests, then stopping Neo4j ...`);
    // Requests in flight get up to 10 s (the drain plugin's grace period); Neo4j's own
    // clean shutdown takes a few more. Past that, stop anyway.
    setTimeout(() => {
      logger.error("Shutdown took too long; exiting.");
      process.exit(1);
    }, 45_000).unref();
    await shutdown({ api: apollo, db: graph.db, neo4j: supervisor ?? graph.local, log });
    log("Stopped.");
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseUnavailableError) {
    logger.fatal(`plangraf: ${error.message}`);
  } else {
    logger.fatal({ err: error }, "plangraf: could not start");
  }
  process.exit(1);
});
