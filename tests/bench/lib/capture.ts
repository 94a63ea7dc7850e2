/**
 * Sees the Cypher the API sends: a GraphDb view that records every statement (and its
 * parameters) run through it or through the per-request views it hands out (`withStats`).
 * Uses GraphDb's public methods only, so it follows the API whatever its repositories do.
 */
import type { GraphDb, Params, QueryStats, Tx } from "../../../graph/driver.js";

export interface Captured {
  transaction: string;
  cypher: string;
  params: Params;
}

export function capturing(db: GraphDb, log: Captured[]): GraphDb {
  const wrap = (name: string, tx: Tx): Tx => ({
    run(cypher, params = {}) {
      log.push({ transaction: name, cypher, params });
      return tx.run(cypher, params);
    },
  });
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop === "read" || prop === "write") {
        return <T>(name: string, work: (tx: Tx) => Promise<T>) => target[prop](name, (tx) => work(wrap(name, tx)));
      }
      if (prop === "withStats") return (stats?: QueryStats) => capturing(target.withStats(stats), log);
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}
