/**
 * The per-request context: who is asking, a database view with its own round-trip
 * counter, fresh DataLoaders (per request, so nothing is cached across users), and the
 * request's id with a logger that carries it.
 */
import { randomUUID } from "node:crypto";
import type { GraphDb, QueryStats } from "../graph/driver.js";
import type { Actor } from "../graph/repositories/audit.repository.js";
import type { User } from "./auth/roles.js";
import type { AuthSettings } from "./auth/settings.js";
import { createLoaders, type Loaders } from "./loaders.js";
import { createLogger, type Logger } from "./logger.js";

export interface Context {
  db: GraphDb;
  stats: QueryStats;
  loaders: Loaders;
  /** null: no token and anonymous reading is off. */
  user: User | null;
  /** Present when the server signs tokens (admins issue them through the API). */
  auth?: AuthSettings;
  /** The `x-request-id` of the HTTP request (a fresh UUID for an operation run in-process). */
  requestId: string;
  /** The server's logger with `requestId` on every line. */
  log: Logger;
}

let quiet: Logger | undefined;
/** Operations run in-process (tests, benchmarks) log nothing unless they pass a logger. */
const inProcess = (): { requestId: string; log: Logger } => {
  quiet ??= createLogger({ level: "silent" });
  return { requestId: randomUUID(), log: quiet };
};

/** `client`: whose turn the request's database work takes (gate.ts): the token's subject, else the address. */
export function createContext(
  rootDb: GraphDb,
  user: User | null = { id: "anonymous", role: "reader" },
  auth?: AuthSettings,
  client?: string,
  request: { requestId: string; log: Logger } = inProcess(),
): Context {
  const stats: QueryStats = { queries: 0 };
  const db = rootDb.withStats(stats, client ?? (user && !user.anonymous ? `user:${user.id}` : "anonymous"));
  return { db, stats, loaders: createLoaders(db), user, auth, requestId: request.requestId, log: request.log };
}

/** The audit trail's "who" for a write; resolvers reach here only past the role check. */
export function actorOf(ctx: Context): Actor {
  return { id: ctx.user?.id ?? "anonymous", role: ctx.user?.role ?? "reader" };
}
