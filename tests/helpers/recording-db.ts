/**
 * A GraphDb that never reaches Neo4j: every statement a request sends is recorded (its
 * transaction mode and name, the Cypher text and the parameters) and answered with the rows
 * a test supplies, none by default. Operations run through the real schema, resolvers,
 * loaders and repositories, so a snapshot of the recording shows the Cypher each GraphQL
 * operation sends.
 */
import { GraphDb, type Params, type Row, type Tx } from "../../graph/driver.js";

export interface RecordedStatement {
  /** READ or WRITE, with the transaction's name (its metadata in Neo4j's query log). */
  transaction: string;
  cypher: string;
  params: Params;
}

/** Rows for a statement; anything not answered gets no rows. */
export type Answer = (cypher: string, params: Params) => Row[] | undefined;

export interface RecordingDb {
  db: GraphDb;
  statements: RecordedStatement[];
  /** Rows for the statements whose Cypher contains `fragment` (first match wins, in the order given). */
  answer(fragment: string, rows: Row[] | ((params: Params) => Row[])): void;
}

/**
 * The driver is created but never opened: no session is started, so no connection is made
 * (the address is unroutable on purpose).
 */
export function recordingDb(): RecordingDb {
  const statements: RecordedStatement[] = [];
  const answers: { fragment: string; rows: Row[] | ((params: Params) => Row[]) }[] = [];
  const answer: Answer = (cypher, params) => {
    const found = answers.find((a) => cypher.includes(a.fragment));
    if (!found) return undefined;
    return typeof found.rows === "function" ? found.rows(params) : found.rows;
  };

  const record = (db: GraphDb): GraphDb => {
    const transaction =
      (mode: "READ" | "WRITE") =>
      <T>(name: string, work: (tx: Tx) => Promise<T>): Promise<T> => {
        const tx: Tx = {
          async run<R extends Row = Row>(cypher: string, params: Params = {}): Promise<R[]> {
            db.stats.queries += 1;
            statements.push({ transaction: `${mode} ${name}`, cypher, params: structuredClone(params) });
            return (answer(cypher, params) ?? []).map((row) => structuredClone(row) as R);
          },
        };
        return work(tx);
      };
    db.read = transaction("READ");
    db.write = transaction("WRITE");
    const withStats = db.withStats.bind(db);
    db.withStats = (stats, client) => record(withStats(stats, client));
    return db;
  };

  const db = record(
    GraphDb.connect({ uri: "bolt://127.0.0.1:9", user: "neo4j", password: "", txTimeoutMs: 1_000, watchdog: false }),
  );
  return {
    db,
    statements,
    answer: (fragment, rows) => {
      answers.push({ fragment, rows });
    },
  };
}
