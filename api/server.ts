/**
 * Builds the HTTP app (no listen): GraphQL at /graphql, liveness at /healthz, readiness
 * (Neo4j answers within a deadline) at /readyz, the GraphiQL explorer at /graphiql and the
 * built client at /. Tests call `buildApp` and either `executeOperation` or listen on port 0.
 *
 * In front of /graphql: security headers (helmet), the caller identified once (token
 * subject, else address), a per-client rate limit and in-flight limit, and JSON error
 * answers for bodies Apollo never sees. Every /graphql answer is JSON with `extensions.code`.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { rateLimit, ipKeyGenerator } from "express-rate-limit";
import helmet from "helmet";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphDb } from "../graph/driver.js";
import { isTokenRevoked } from "../graph/repositories/token.repository.js";
import { authenticate } from "./auth/authenticate.js";
import { readerGate } from "./auth/reader-gate.js";
import type { User } from "./auth/roles.js";
import type { AuthSettings } from "./auth/settings.js";
import { createContext, type Context } from "./context.js";
import { contextError, formatError } from "./errors.js";
import { graphqlErrorHandler, sendGraphQLError } from "./http-errors.js";
import { graphqlHttpStatus } from "./http-status.js";
import { armor, LIMITS, listBudget } from "./limits.js";
import { createLogger, type Logger } from "./logger.js";
import { requestIds, requestScope } from "./request-id.js";
import { requestLog } from "./request-log.plugin.js";
import { buildPlangrafSchema } from "./schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CLIENT_DIST = path.join(root, "client", "dist");

export interface AppOptions {
  db: GraphDb;
  auth: AuthSettings;
  production?: boolean;
  /** Unexpected errors in requests (tests pass a function; default: the request's logger, with its id). */
  log?: (message: string, error?: unknown) => void;
  /** Structured log (default: pino on stdout at LOG_LEVEL; silent when `log` is given). */
  logger?: Logger;
  /** Introspection and the GraphiQL explorer (default true: an internal tool; PLANGRAF_INTROSPECTION). */
  introspection?: boolean;
  /** Requests per minute per client (token subject, else address); false: no limit. Default PLANGRAF_RATE_LIMIT, 1200. */
  rateLimitPerMinute?: number | false;
  /** Requests one client may have running at once (more wait their turn). Default PLANGRAF_CLIENT_CONCURRENCY, 4. */
  clientConcurrency?: number;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

function envInt(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Who is asking, decided once per request before the limits (the context reuses it). */
interface Caller {
  user: User | null;
  error?: unknown;
  key: string;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const logger = options.logger ?? createLogger(options.log ? { level: "silent" } : {});
  const introspection = options.introspection ?? process.env.PLANGRAF_INTROSPECTION !== "false";
  const perMinute =
    options.rateLimitPerMinute ??
    (process.env.PLANGRAF_RATE_LIMIT === "false" ? false : envInt("PLANGRAF_RATE_LIMIT", 1200));
  const inFlightLimit = options.clientConcurrency ?? envInt("PLANGRAF_CLIENT_CONCURRENCY", 4);
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const protection = armor(options.production ?? false);
  const apollo = new ApolloServer<Context>({
    schema: await buildPlangrafSchema(),
    introspection,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries are not used by the client; off, a hash gets a clear code.
    persistedQueries: false,
    // main.ts owns SIGINT/SIGTERM: it drains, then closes the database and the local Neo4j.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    // Unexpected errors are logged once, with the request id, by requestLog (formatError has no context).
    formatError: (formatted, error) => formatError(formatted, error, () => {}),
    logger: logger.child({ component: "apollo" }),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // No cache hints are used; the default cache-control plugin would visit every field of every answer.
    plugins: [
      ...protection.plugins,
      listBudget,
      requestLog(logger, options.log),
      readerGate,
      graphqlHttpStatus,
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 }),
    ],
  });
  await apollo.start();

  app.use(requestIds(logger));
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: true,
        directives: {
          "frame-ancestors": ["'none'"],
          "worker-src": ["'self'", "blob:"],
          "img-src": ["'self'", "data:", "blob:"],
          "connect-src": ["'self'"],
          // Served over plain HTTP on a LAN or loopback: do not rewrite requests to HTTPS.
          "upgrade-insecure-requests": null,
        },
      },
      frameguard: { action: "deny" },
      referrerPolicy: { policy: "no-referrer" },
      // Without HTTPS, HSTS would only confuse browsers; behind a TLS proxy, the proxy sets it.
      strictTransportSecurity: false,
    }),
  );

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  const identify = async (req: express.Request): Promise<Caller> => {
    const address = ipKeyGenerator(req.ip ?? "unknown");
    try {
      const user = await authenticate(req.headers.authorization, options.auth, (id) => isTokenRevoked(options.db, id));
      return { user, key: user && !user.anonymous ? `user:${user.id}` : `ip:${address}` };
    } catch (error) {
      return { user: null, error, key: `ip:${address}` };
    }
  };
  app.get("/readyz", async (req, res) => {
    const ready = await options.db.healthy();
    if (ready) {
      res.json({ status: "ready" });
      return;
    }
    // Where the database is (host, port) is for admins only.
    const caller = req.headers.authorization ? await identify(req) : undefined;
    const detail = caller?.user?.role === "admin" ? { reason: options.db.unavailableReason } : {};
    res.status(503).json({ status: "unavailable", ...detail });
  });

  const callers = new WeakMap<express.Request, Caller>();
  const inFlight = new Map<string, { running: number; waiting: (() => void)[] }>();
  app.use(
    "/graphql",
    async (req: express.Request, res: express.Response, next: express.NextFunction) => {
      const caller = await identify(req);
      callers.set(req, caller);
      res.locals.clientKey = caller.key;
      next();
    },
    ...(perMinute === false
      ? []
      : [
          rateLimit({
            windowMs: 60_000,
            limit: perMinute,
            standardHeaders: "draft-8",
            legacyHeaders: false,
            keyGenerator: (_req, res) => String(res.locals.clientKey),
            handler: (req, res) => {
              requestScope(res, logger).log.warn(
                { event: "rate-limited", client: String(res.locals.clientKey), ip: req.ip },
                "rate limit reached",
              );
              sendGraphQLError(
                res,
                429,
                "RATE_LIMITED",
                `Too many requests: at most ${perMinute} a minute per client. Try again shortly.`,
              );
            },
          }),
        ]),
    (_req: express.Request, res: express.Response, next: express.NextFunction) => {
      // Per client: `inFlightLimit` requests run at once, the next ones wait their turn (up to
      // 32), more are refused. One client's burst then takes turns with itself, not with others.
      const key = String(res.locals.clientKey);
      const slot = inFlight.get(key) ?? { running: 0, waiting: [] as (() => void)[] };
      inFlight.set(key, slot);
      const start = () => {
        slot.running += 1;
        res.once("close", () => {
          slot.running -= 1;
          const following = slot.waiting.shift();
          if (following) following();
          else if (slot.running === 0) inFlight.delete(key);
        });
        next();
      };
      if (slot.running < inFlightLimit) start();
      else if (slot.waiting.length < 32) slot.waiting.push(start);
      else {
        res.setHeader("Retry-After", "1");
        sendGraphQLError(
          res,
          429,
          "RATE_LIMITED",
          `Too many requests at once: at most ${inFlightLimit} in flight and 32 waiting per client.`,
        );
      }
    },
    express.json({ limit: LIMITS.bodyBytes }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => {
      // Apollo needs a body object; a request that is not JSON gets Apollo's own answer (CSRF, 400).
      req.body ??= {};
      next();
    },
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const caller = callers.get(req) ?? (await identify(req));
        if (caller.error) throw contextError(caller.error);
        try {
          return createContext(options.db, caller.user, options.auth, caller.key, requestScope(res, logger));
        } catch (error) {
          throw contextError(error);
        }
      },
    }),
    graphqlErrorHandler(logger),
  );
  const graphiql = path.join(CLIENT_DIST, "graphiql.html");
  app.get("/graphiql", (_req, res) => {
    if (!introspection)
      res.status(404).type("text/plain").send("The explorer is off on this server (PLANGRAF_INTROSPECTION=false).");
    else if (existsSync(graphiql)) res.sendFile(graphiql);
    else res.status(404).send("The explorer is part of the client build: run `npm run build`.");
  });
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: "index.html", maxAge: "1h" }));
    // The client routes by URL; every other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, "index.html")));
  }
  return { app, httpServer, apollo };
}
