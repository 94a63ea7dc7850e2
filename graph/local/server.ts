/**
 * Starts and stops a local Neo4j Community server from the provisioned jars.
 * One instance folder per name (e.g. "dev", "test"): its own config, data and logs,
 * so the test suite never touches the data of a running `npm start`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { ConfigError } from "../errors.js";
import { GraphDb } from "../driver.js";
import { NEO4J_VERSION, provisionNeo4j } from "./provision.js";

const MAIN_CLASS = "org.neo4j.server.CommunityEntryPoint";
const JVM_OPENS = ["java.nio", "java.io", "sun.nio.ch", "java.util.concurrent"].map(
  (pkg) => `--add-opens=java.base/${pkg}=ALL-UNNAMED`,
);

export interface LocalNeo4jOptions {
  localDir: string;
  /** Instance name: its folder under `<localDir>/instances/`. */
  name: string;
  port: number;
  heapMb?: number;
  pageCacheMb?: number;
  /** Deadline for readiness. */
  startTimeoutMs?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  version: string;
  mainClass: string;
  startMs: number;
  homeDir: string;
  stop(): Promise<void>;
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Stops an instance left running by a process that died without stopping it. */
async function stopStale(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8"));
  rmSync(pidFile, { force: true });
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, "utf8") : "";
  if (!cmdline.includes(MAIN_CLASS)) return;
  process.kill(pid, "SIGTERM");
  await waitForExit(pid, 30_000);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function writeConfig(homeDir: string, port: number, pageCacheMb: number): string {
  const confDir = path.join(homeDir, "conf");
  mkdirSync(confDir, { recursive: true });
  const lines = [
    `server.bolt.listen_address=127.0.0.1:${port}`,
    "server.bolt.advertised_address=127.0.0.1:" + port,
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.usage_report.enabled=false",
    "dbms.security.auth_enabled=false",
    `server.memory.pagecache.size=${pageCacheMb}m`,
    "db.transaction.timeout=60s",
    `server.directories.data=${path.join(homeDir, "data")}`,
    `server.directories.logs=${path.join(homeDir, "logs")}`,
    `server.directories.run=${path.join(homeDir, "run")}`,
  ];
  writeFileSync(path.join(confDir, "neo4j.conf"), `${lines.join("\n")}\n`);
  return confDir;
}

function logTail(file: string, lines = 25): string {
  if (!existsSync(file)) return "(no server log)";
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
}

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const { libDir } = provisionNeo4j(options.localDir, log);
  const homeDir = path.join(options.localDir, "instances", `${options.name}-${NEO4J_VERSION}`);
  const pidFile = path.join(homeDir, "neo4j.pid");
  mkdirSync(path.join(homeDir, "logs"), { recursive: true });
  await stopStale(pidFile);
  if (!(await isPortFree(options.port))) {
    throw new ConfigError(
      `Port ${options.port} on 127.0.0.1 is taken, so the local Neo4j cannot start there. ` +
        `Free it, set PLANGRAF_NEO4J_PORT to another port, or set NEO4J_URI to use a running server.`,
    );
  }
  const confDir = writeConfig(homeDir, options.port, options.pageCacheMb ?? 128);
  const consoleLog = path.join(homeDir, "logs", "console.log");
  const out = openSync(consoleLog, "a");
  const heap = `${options.heapMb ?? 512}m`;
  const child: ChildProcess = spawn(
    "java",
    [`-Xms${heap}`, `-Xmx${heap}`, "-XX:+UseG1GC", ...JVM_OPENS, "-cp", `${libDir}/*`, MAIN_CLASS,
      `--home-dir=${homeDir}`, `--config-dir=${confDir}`, "--console-mode"],
    { stdio: ["ignore", out, out] },
  );
  closeSync(out);
  const pid = child.pid ?? -1;
  writeFileSync(pidFile, String(pid));
  let exited: number | null = null;
  child.once("exit", (code) => {
    exited = code ?? -1;
  });
  const uri = `bolt://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (exited === null && isAlive(pid)) {
      process.kill(pid, "SIGTERM");
      await waitForExit(pid, 30_000);
    }
    rmSync(pidFile, { force: true });
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 120_000);
  const db = GraphDb.connect({ uri, user: "neo4j", password: "", txTimeoutMs: 5_000, maxRetryTimeMs: 0, connectionTimeoutMs: 2_000 });
  try {
    for (;;) {
      if (exited !== null) {
        throw new ConfigError(`Neo4j exited with code ${exited} while starting. Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
      }
      try {
        await db.ping();
        break;
      } catch {
        if (Date.now() > deadline) {
          await stop();
          throw new ConfigError(`Neo4j did not answer on ${uri} within ${options.startTimeoutMs ?? 120_000} ms. Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
        }
        await sleep(250);
      }
    }
  } finally {
    await db.close();
  }
  return { uri, pid, version: NEO4J_VERSION, mainClass: MAIN_CLASS, startMs: Date.now() - started, homeDir, stop };
}
