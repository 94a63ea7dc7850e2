/**
 * The one module that talks to neo4j-driver. Everything else goes through `GraphDb`:
 * reads in read transactions (routed to secondaries in a cluster), writes in write
 * transactions, both managed (retried on transient errors), each tagged with metadata,
 * bounded by a timeout, and with driver errors mapped to typed errors.
 */
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction } from "neo4j-driver";
import { mapDriverError } from "./errors.js";

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
}

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
  ) {}

  static connect(options: GraphDbOptions): GraphDb {
    const auth = options.password ? neo4j.auth.basic(options.user, options.password) : undefined;
    const driver = neo4j.driver(options.uri, auth, {
      disableLosslessIntegers: true,
      maxTransactionRetryTime: options.maxRetryTimeMs ?? 5_000,
      connectionTimeout: options.connectionTimeoutMs ?? 5_000,
      connectionAcquisitionTimeout: options.connectionTimeoutMs ?? 5_000,
      userAgent: "plangraf",
    });
    return new GraphDb(driver, options.database, options.txTimeoutMs, { queries: 0 }, neo4j.bookmarkManager());
  }

  /** A view on the same driver with its own round-trip counter (one per request). */
  withStats(stats: QueryStats = { queries: 0 }): GraphDb {
    return new GraphDb(this.driver, this.database, this.txTimeoutMs, stats, this.bookmarks);
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
    await this.driver.close();
  }

  private async execute<T>(mode: "READ" | "WRITE", name: string, work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
    });
    const config = { timeout: this.txTimeoutMs, metadata: { app: "plangraf", operation: name } };
    const body = (mtx: ManagedTransaction) => work(this.wrap(mtx));
    try {
      return mode === "READ" ? await session.executeRead(body, config) : await session.executeWrite(body, config);
    } catch (error) {
      throw mapDriverError(error);
    } finally {
      await session.close();
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
