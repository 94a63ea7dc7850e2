/**
 * The one module that talks to neo4j-driver. Everything else goes through `GraphDb`:
 * reads in read transactions (routed to secondaries in a cluster), writes in write
 * transactions, both managed (retried on transient errors), each tagged with metadata,
 * bounded by a timeout, and with driver errors mapped to typed errors.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { DatabaseUnavailableError, mapDriverError } from "./errors.js";
import { Gate, GateBusyError, type GateOptions, type RequestGate } from "./gate.js";
import { Watchdog } from "./watchdog.js";

/** The driver itself, for the few places that need a raw connection (probes, benchmarks, fault tests). */
export { neo4j };
export type { Driver };

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** What a repository sees inside a transaction: run Cypher with parameters, get plain rows. */
export interface Tx {
  run<R extends Row = Row>(cypher: string, params?: Params): Promise<R[]>;
}

/** Counts Cypher round trips; a request or a test can hold its own. */
export interface QueryStats {
  queries: number;
}

export interface GraphDbOptions {
  uri: string;
  user: string;
  password: string;
  database?: string | undefined;
  txTimeoutMs: number;
  /** How long the driver keeps retrying a managed transaction on transient errors. */
  maxRetryTimeMs?: number;
  connectionTimeoutMs?: number;
  /** Connections to the server at most (the driver's pool). */
  maxPoolSize?: number;
  /**
   * Detects a server that accepts connections but does not answer (paused, hung): false
   * turns it off (start-up polling). Default: probe every 500 ms of waiting, 900 ms deadline, down after two failures.
   */
  watchdog?: false | { stallMs: number; probeMs: number };
  /** Transactions at once and per request, and how long one may wait for its turn (gate.ts). */
  gate?: Partial<GateOptions>;
}

const UNAVAILABLE_MESSAGE = "Neo4j does not answer (it is down, paused or overloaded).";

export class GraphDb {
  private constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly txTimeoutMs: number,
    readonly stats: QueryStats,
    /**
     * Shared by every session of this process: each session starts after the writes the
     * process has seen committed, so in a cluster a read that follows a write (in any
     * request) never lands on a member that has not caught up. One server: no effect.
     */
    private readonly bookmarks: BookmarkManager,
    private readonly watchdog: Watchdog | undefined,
    private readonly gate: Gate,
    private readonly turn: RequestGate,
    private readonly uri: string,
  ) {}

  static connect(options: GraphDbOptions): GraphDb {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      connectionTimeout: options.connectionTimeoutMs ?? 2_000,
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 2_000,
      maxConnectionPoolSize: options.maxPoolSize ?? 100,
      userAgent: "plangraf",
    });
    const watch = options.watchdog ?? { stallMs: 500, probeMs: 900 };
    const watchdog =
      watch === false
        ? undefined
        : new Watchdog(() => probeDriver(options, auth, watch.probeMs), options.database, watch);
    const pool = options.maxPoolSize ?? 100;
    const gate = new Gate({
      slots: Math.max(1, Math.floor(pool * 0.6)),
      perRequest: 4,
      perClient: 4,
      queueTimeoutMs: options.txTimeoutMs,
      ...options.gate,
    });
    return new GraphDb(
      driver,
      options.database,
      options.txTimeoutMs,
      { queries: 0 },
      neo4j.bookmarkManager(),
      watchdog,
      gate,
      gate.forRequest("process", true),
      options.uri,
    );
  }

  /**
   * A view on the same driver for one request: its own round-trip counter, and its own turn
   * at the gate (at most a few transactions at once, queued fairly under `client`).
   */
  withStats(stats: QueryStats = { queries: 0 }, client = "anonymous"): GraphDb {
    return new GraphDb(
      this.driver,
      this.database,
      this.txTimeoutMs,
      stats,
      this.bookmarks,
      this.watchdog,
      this.gate,
      this.gate.forRequest(client),
      this.uri,
    );
  }

  /**
   * Whether the server answers `RETURN 1` within the watchdog's deadline (a fresh probe, for
   * readiness checks); without a watchdog, a ping.
   */
  get unavailableReason(): string {
    return `Neo4j at ${this.uri} does not answer within the deadline.`;
  }

  async healthy(): Promise<boolean> {
    if (this.watchdog) return this.watchdog.probe();
    return this.ping().then(
      () => true,
      () => false,
    );
  }

  read<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute("READ", name, work);
  }

  write<T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    return this.execute("WRITE", name, work);
  }

  /** Resolves when the server answers `RETURN 1`; throws DatabaseUnavailableError otherwise. */
  async ping(): Promise<void> {
    await this.read("ping", (tx) => tx.run("RETURN 1 AS ok"));
  }

  /** The bookmarks sessions now start from (the latest writes this process has seen committed). */
  async latestBookmarks(): Promise<string[]> {
    return [...(await this.bookmarks.getBookmarks())];
  }

  async close(): Promise<void> {
    await this.watchdog?.close();
    await this.driver.close();
  }

  private async execute<T>(mode: "READ" | "WRITE", name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    try {
      return await this.turn.run(() => this.transaction(mode, name, work));
    } catch (error) {
      if (error instanceof GateBusyError) throw new DatabaseUnavailableError(error.message);
      throw error;
    }
  }

  private async transaction<T>(mode: "READ" | "WRITE", name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    // Known to be unreachable: one fresh probe decides (so recovery is noticed at once).
    if (this.watchdog?.down && !(await this.watchdog.probe())) throw new DatabaseUnavailableError(UNAVAILABLE_MESSAGE);
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const config = { timeout: this.txTimeoutMs, metadata: { app: "plangraf", operation: name } };
    const body = (mtx: ManagedTransaction) => work(this.wrap(mtx));
    const running = (mode === "READ" ? session.executeRead(body, config) : session.executeWrite(body, config)).finally(
      () => session.close(),
    );
    try {
      return this.watchdog
        ? await this.watchdog.guard(running, () => new DatabaseUnavailableError(UNAVAILABLE_MESSAGE))
        : await running;
    } catch (error) {
      throw mapDriverError(error);
    }
  }

  private wrap(mtx: ManagedTransaction): Tx {
    const stats = this.stats;
    return {
      async run<R extends Row>(cypher: string, params: Params = {}): Promise<R[]> {
        stats.queries += 1;
        const result = await mtx.run(cypher, toParams(params) as Params);
        return result.records.map((record) => toPlain(record.toObject()) as R);
      },
    };
  }
}

/** `RETURN 1` on a connection of its own, within `deadlineMs`. */
function probeDriver(
  options: GraphDbOptions,
  auth: ReturnType<typeof neo4j.auth.basic> | undefined,
  deadlineMs: number,
): Driver {
  return neo4j.driver(options.uri, auth, {
    maxConnectionPoolSize: 4,
    connectionTimeout: deadlineMs,
    connectionAcquisitionTimeout: deadlineMs,
    maxTransactionRetryTime: 0,
    userAgent: "plangraf-probe",
  });
}

/**
 * Whole JavaScript numbers go to Neo4j as integers (the driver would send every number as a
 * float): years, positions, head counts, versions and limits are stored and compared as
 * INTEGER. Fractions stay floats; arrays and plain objects are converted throughout.
 */
function toParams(value: unknown): unknown {
  if (typeof value === "number") return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(toParams);
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const out: Row = {};
  for (const [key, inner] of Object.entries(value as Row)) out[key] = toParams(inner);
  return out;
}

/**
 * Turns driver values (nodes, relationships, temporal types) into plain JSON-like values.
 * Lists and maps the driver decoded are fresh objects of this record: they are converted in
 * place rather than copied (most of a large answer is maps of strings).
 */
function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype === Object.prototype || prototype === null) {
    const map = value as Row;
    for (const key in map) map[key] = toPlain(map[key]);
    return map;
  }
  if (neo4j.isNode(value as never) || neo4j.isRelationship(value as never)) {
    return toPlain((value as { properties: Row }).properties);
  }
  if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) {
    return String(value);
  }
  const out: Row = {};
  for (const [key, inner] of Object.entries(value as Row)) out[key] = toPlain(inner);
  return out;
}
