/**
 * The per-request context: a database view with its own round-trip counter, the
 * repositories, and fresh DataLoaders (per request, so nothing is cached across users).
 */
import type { GraphDb, QueryStats } from "../graph/driver.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  db: GraphDb;
  stats: QueryStats;
  loaders: Loaders;
}

export function createContext(rootDb: GraphDb): Context {
  const stats: QueryStats = { queries: 0 };
  const db = rootDb.withStats(stats);
  return { db, stats, loaders: createLoaders(db) };
}
