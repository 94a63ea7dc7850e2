/**
 * `npm run neo4j [-- --instance <name>] [--port <bolt port>]`: starts the local Neo4j of an
 * instance (downloading it on first use) and keeps it running until Ctrl-C, for working on
 * queries or running the API with `npm run dev:api`. An instance that is already running is
 * only reported and left alone. Prints the Bolt URI on stdout; progress is logged on stderr.
 */
import { exitOnError, intOption, parseCli } from "../cli-args.js";
import { readNeo4jSettings } from "../config.js";
import { createCliLogger } from "../logger.js";
import { localNeo4jPassword } from "./credentials.js";
import { startLocalNeo4j } from "./server.js";

const USAGE =
  "Usage: npm run neo4j [-- --instance <name>] [--port <bolt port>]\n" +
  "Starts the local Neo4j (default: PLANGRAF_NEO4J_INSTANCE, PLANGRAF_NEO4J_PORT) until Ctrl-C.";

const log = createCliLogger("neo4j");

const options = parseCli(
  { options: { instance: { type: "string" }, port: { type: "string" } } },
  USAGE,
  ({ values }) => ({
    instance: values.instance,
    port: values.port === undefined ? undefined : intOption(values.port, "--port", { min: 1, max: 65535 }),
  }),
);

async function main(): Promise<void> {
  const settings = readNeo4jSettings();
  const server = await startLocalNeo4j({
    localDir: settings.localDir,
    name: options.instance ?? settings.localInstance,
    port: options.port ?? settings.localPort,
    password: settings.localPasswordFile ? localNeo4jPassword(settings.localPasswordFile) : undefined,
    log: (line) => log.info(line),
  });
  process.stdout.write(`${server.uri}\n`);
  if (!server.owned) {
    log.info(
      { pid: server.pid },
      `Neo4j is already running on ${server.uri} (pid ${server.pid}); leaving it as it is.`,
    );
    return;
  }
  log.info({ pid: server.pid }, `Neo4j ${server.version} ready on ${server.uri}; Ctrl-C stops it.`);
  server.onExit((code, signal) => {
    log.error({ code, signal }, "Neo4j stopped on its own.");
    process.exit(1);
  });
  const stop = async (signal: string) => {
    log.info(`${signal}: stopping Neo4j ...`);
    await server.stop();
    process.exit(0);
  };
  // Kept alive by this timer too, not only by the child's handles.
  setInterval(() => {}, 60_000);
  process.once("SIGINT", () => void stop("SIGINT"));
  process.once("SIGTERM", () => void stop("SIGTERM"));
}

main().catch(exitOnError(log));
