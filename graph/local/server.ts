/**
 * Starts and stops a local Neo4j Community server from the provisioned jars.
 * One instance folder per name (e.g. "dev", "test"): its own config, data and logs,
 * so the test suite never touches the data of a running `npm start`.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
  /**
   * Turns authentication on with this password for the user `neo4j` (set on first start).
   * Unset: authentication off (the test and bench instances, which hold throwaway data).
   */
  password?: string;
  /**
   * When this instance is already running: false (default) uses it and never stops it;
   * true also takes it over (stops it on `stop()`) when the process that started it is gone.
   */
  adopt?: boolean;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  version: string;
  mainClass: string;
  startMs: number;
  homeDir: string;
  user: string;
  password: string;
  /** True when this process started (or adopted) the server: only then does `stop()` stop it. */
  owned: boolean;
  /** Called once if the server process exits without `stop()` (crash, kill). Owned servers only. */
  onExit(listener: (code: number | null, signal: string | null) => void): void;
  stop(): Promise<void>;
}

export async function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, host, () => server.close(() => resolve(true)));
  });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The instance's state: which server process runs it, on which port, started by whom. */
interface RunState {
  pid: number;
  port: number;
  ownerPid: number;
  auth: boolean;
}

const runFile = (homeDir: string) => path.join(homeDir, "run.json");

function readRunState(homeDir: string): RunState | undefined {
  try {
    const state = JSON.parse(readFileSync(runFile(homeDir), "utf8")) as RunState;
    if (Number.isInteger(state.pid) && Number.isInteger(state.port)) return state;
  } catch {
    // absent or unreadable: fall back to the pid file of older versions
  }
  const pidFile = path.join(homeDir, "neo4j.pid");
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8"));
  const conf = path.join(homeDir, "conf", "neo4j.conf");
  const port = Number(
    /server\.bolt\.listen_address=[^:\n]*:(\d+)/.exec(existsSync(conf) ? readFileSync(conf, "utf8") : "")?.[1] ?? NaN,
  );
  if (!Number.isInteger(pid) || !Number.isInteger(port)) return undefined;
  return { pid, port, ownerPid: -1, auth: false };
}

/** True when `pid` is a Neo4j server of exactly this instance folder (not a reused pid). */
function runsInstance(pid: number, homeDir: string): boolean {
  if (pid <= 0 || !isAlive(pid)) return false;
  const cmdline = existsSync(`/proc/${pid}/cmdline`) ? readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0") : [];
  return cmdline.includes(MAIN_CLASS) && cmdline.includes(`--home-dir=${homeDir}`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function writeConfig(homeDir: string, port: number, pageCacheMb: number, auth: boolean): string {
  const confDir = path.join(homeDir, "conf");
  mkdirSync(confDir, { recursive: true, mode: 0o700 });
  const lines = [
    `server.bolt.listen_address=127.0.0.1:${port}`,
    "server.bolt.advertised_address=127.0.0.1:" + port,
    "server.http.enabled=false",
    "server.https.enabled=false",
    "dbms.usage_report.enabled=false",
    `dbms.security.auth_enabled=${auth}`,
    `server.memory.pagecache.size=${pageCacheMb}m`,
    "db.transaction.timeout=60s",
    `server.directories.data=${path.join(homeDir, "data")}`,
    `server.directories.logs=${path.join(homeDir, "logs")}`,
    `server.directories.run=${path.join(homeDir, "run")}`,
  ];
  writeFileSync(path.join(confDir, "neo4j.conf"), `${lines.join("\n")}\n`, { mode: 0o600 });
  return confDir;
}

function logTail(file: string, lines = 25): string {
  if (!existsSync(file)) return "(no server log)";
  return readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
}

const isUnauthorized = (error: unknown) =>
  /Unauthorized|authentication failure|credentials/i.test(String((error as { cause?: unknown })?.cause ?? error));

/**
 * Waits until the server answers `RETURN 1` with these credentials. On a server whose user
 * `neo4j` still has the initial password ("neo4j", also after years with authentication
 * off), sets `password` first.
 */
async function waitReady(
  uri: string,
  password: string,
  until: () => string | undefined,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const connect = (pw: string, database?: string) =>
    GraphDb.connect({
      uri,
      user: "neo4j",
      password: pw,
      database,
      txTimeoutMs: 5_000,
      maxRetryTimeMs: 0,
      connectionTimeoutMs: 2_000,
      watchdog: false,
    });
  const db = connect(password);
  try {
    for (;;) {
      const failure = until();
      if (failure) throw new ConfigError(failure);
      try {
        await db.ping();
        return;
      } catch (error) {
        if (password && isUnauthorized(error)) {
          await setInitialPassword(connect("neo4j", "system"), password);
          continue;
        }
        if (Date.now() > deadline)
          throw new ConfigError(
            `Neo4j did not answer on ${uri} within ${timeoutMs} ms (${error instanceof Error ? error.message : String(error)}).`,
          );
        await sleep(250);
      }
    }
  } finally {
    await db.close();
  }
}

async function setInitialPassword(system: GraphDb, password: string): Promise<void> {
  try {
    await system.write("set-password", (tx) =>
      tx.run("ALTER CURRENT USER SET PASSWORD FROM 'neo4j' TO $password", { password }),
    );
  } catch (error) {
    throw new ConfigError(
      `The local Neo4j refuses the password kept in .plangraf/neo4j-password (${error instanceof Error ? error.message.split("\n")[0] : String(error)}). ` +
        "If that file was deleted or replaced, put the old one back, or move the instance's data folder away to start afresh.",
    );
  } finally {
    await system.close();
  }
}

/** The handle of a server of this instance, whether this process started it or found it running. */
const handle = (
  started: number,
  server: Pick<LocalNeo4j, "uri" | "pid" | "homeDir" | "password" | "owned" | "onExit" | "stop">,
): LocalNeo4j => ({
  ...server,
  version: NEO4J_VERSION,
  mainClass: MAIN_CLASS,
  startMs: Date.now() - started,
  user: "neo4j",
});

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = options.log ?? (() => {});
  const started = Date.now();
  const { libDir } = provisionNeo4j(options.localDir, log);
  const homeDir = path.join(options.localDir, "instances", `${options.name}-${NEO4J_VERSION}`);
  const pidFile = path.join(homeDir, "neo4j.pid");
  const password = options.password ?? "";
  const timeoutMs = options.startTimeoutMs ?? 120_000;
  mkdirSync(path.join(homeDir, "logs"), { recursive: true, mode: 0o700 });
  chmodSync(homeDir, 0o700);

  // A server of this instance is already running (`npm start`, another CLI): use it, never stop it.
  const running = readRunState(homeDir);
  if (running && runsInstance(running.pid, homeDir)) {
    const uri = `bolt://127.0.0.1:${running.port}`;
    const adopt =
      options.adopt === true &&
      !(running.ownerPid > 0 && isAlive(running.ownerPid) && running.ownerPid !== process.pid);
    log(
      `Using the running Neo4j of instance "${options.name}" (pid ${running.pid}) on ${uri}${adopt ? "; its starter is gone, so this process takes it over" : ""}.`,
    );
    await waitReady(
      uri,
      password,
      () => (isAlive(running.pid) ? undefined : `Neo4j (pid ${running.pid}) exited.`),
      timeoutMs,
    );
    if (adopt) writeFileSync(runFile(homeDir), JSON.stringify({ ...running, ownerPid: process.pid }), { mode: 0o600 });
    return handle(started, {
      uri,
      pid: running.pid,
      homeDir,
      password,
      owned: adopt,
      onExit: () => {},
      stop: async () => {
        if (!adopt) return;
        if (isAlive(running.pid)) {
          process.kill(running.pid, "SIGTERM");
          await waitForExit(running.pid, 30_000);
        }
        rmSync(runFile(homeDir), { force: true });
        rmSync(pidFile, { force: true });
      },
    });
  }
  rmSync(runFile(homeDir), { force: true });
  rmSync(pidFile, { force: true });
  if (!(await isPortFree(options.port))) {
    throw new ConfigError(
      `Port ${options.port} on 127.0.0.1 is taken, so the local Neo4j cannot start there. ` +
        `Free it, set PLANGRAF_NEO4J_PORT to another port, or set NEO4J_URI to use a running server.`,
    );
  }
  const confDir = writeConfig(homeDir, options.port, options.pageCacheMb ?? 128, password !== "");
  const consoleLog = path.join(homeDir, "logs", "console.log");
  const out = openSync(consoleLog, "a", 0o600);
  const heap = `${options.heapMb ?? 512}m`;
  const java = [
    "java",
    `-Xms${heap}`,
    `-Xmx${heap}`,
    "-XX:+UseG1GC",
    ...JVM_OPENS,
    "-cp",
    `${libDir}/*`,
    MAIN_CLASS,
    `--home-dir=${homeDir}`,
    `--config-dir=${confDir}`,
    "--console-mode",
  ];
  // Its own process group: Ctrl-C in a terminal reaches the API only, which drains and then
  // stops Neo4j. umask 077: the store and logs are readable by this account only.
  const child: ChildProcess = spawn("/bin/sh", ["-c", 'umask 077; exec "$@"', "sh", ...java], {
    stdio: ["ignore", out, out],
    detached: true,
  });
  closeSync(out);
  const pid = child.pid ?? -1;
  writeFileSync(pidFile, String(pid), { mode: 0o600 });
  writeFileSync(
    runFile(homeDir),
    JSON.stringify({ pid, port: options.port, ownerPid: process.pid, auth: password !== "" } satisfies RunState),
    { mode: 0o600 },
  );
  let exited: { code: number | null; signal: string | null } | null = null;
  let stopping = false;
  const listeners: ((code: number | null, signal: string | null) => void)[] = [];
  child.once("exit", (code, signal) => {
    exited = { code, signal };
    if (!stopping) for (const listener of listeners) listener(code, signal);
  });
  const uri = `bolt://127.0.0.1:${options.port}`;
  const stop = async () => {
    stopping = true;
    if (exited === null && isAlive(pid)) {
      process.kill(pid, "SIGTERM");
      await waitForExit(pid, 30_000);
    }
    rmSync(pidFile, { force: true });
    rmSync(runFile(homeDir), { force: true });
  };
  try {
    await waitReady(
      uri,
      password,
      () =>
        exited === null
          ? undefined
          : `Neo4j exited with code ${exited.code ?? exited.signal} while starting. Last lines of ${consoleLog}:\n${logTail(consoleLog)}`,
      timeoutMs,
    );
  } catch (error) {
    await stop();
    if (error instanceof ConfigError && /did not answer/.test(error.message)) {
      throw new ConfigError(`${error.message} Last lines of ${consoleLog}:\n${logTail(consoleLog)}`);
    }
    throw error;
  }
  return handle(started, {
    uri,
    pid,
    homeDir,
    password,
    owned: true,
    onExit: (listener) => listeners.push(listener),
    stop,
  });
}
