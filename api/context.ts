/**
 * The per-request context: who is asking, a database view with its own round-trip
 * counter, and fresh DataLoaders (per request, so nothing is cached across users).
 */
import type { GraphDb, QueryStats } from "../graph/driver.js";
import type { Actor } from "../graph/repositories/audit.repository.js";
import type { User } from "./auth/roles.js";
import type { AuthSettings } from "./auth/settings.js";
import { createLoaders, type Loaders } from "./loaders.js";

export interface Context {
  db: GraphDb;
  stats: QueryStats;
  loaders: Loaders;
  /** null: no token and anonymous reading is off. */
  user: User | null;
  /** Present when the server signs tokens (admins issue them through the API). */
  auth?: AuthSettings;
}

/** `client`: whose turn the request's database work takes (gate.ts): the token's subject, else the address. */
export function createContext(
  rootDb: GraphDb,
  user: User | null = { id: "anonymous", role: "reader" },
  auth?: AuthSettings,
  client?: string,
): Context {
  const stats: QueryStats = { queries: 0 };
  const db = rootDb.withStats(stats, client ?? (user && !user.anonymous ? `user:${user.id}` : "anonymous"));
  return { db, stats, loaders: createLoaders(db), user, auth };
}

/** The audit trail's "who" for a write; resolvers reach here only past the role check. */
export function actorOf(ctx: Context): Actor {
  return { id: ctx.user?.id ?? "anonymous", role: ctx.user?.role ?? "reader" };
}
