/**
 * Builds the HTTP app (no listen): GraphQL at /graphql, liveness at /healthz, readiness
 * (Neo4j reachable) at /readyz, the GraphiQL explorer at /graphiql and the built client
 * at /. Tests call `buildApp` and either `executeOperation` or listen on port 0.
 */
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GraphDb } from "../graph/driver.js";
import { isTokenRevoked } from "../graph/repositories/token.repository.js";
import { authenticate } from "./auth/authenticate.js";
import { readerGate } from "./auth/reader-gate.js";
import type { AuthSettings } from "./auth/settings.js";
import { createContext, type Context } from "./context.js";
import { contextError, formatError } from "./errors.js";
import { armor, LIMITS } from "./limits.js";
import { buildPlangrafSchema } from "./schema.js";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CLIENT_DIST = path.join(root, "client", "dist");

export interface AppOptions {
  db: GraphDb;
  auth: AuthSettings;
  production?: boolean;
  log?: (message: string, error?: unknown) => void;
}

export interface App {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<Context>;
}

export async function buildApp(options: AppOptions): Promise<App> {
  const log = options.log ?? ((message, error) => console.error(message, error ?? ""));
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const protection = armor(options.production ?? false);
  const apollo = new ApolloServer<Context>({
    schema: await buildPlangrafSchema(),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // main.ts owns SIGINT/SIGTERM: it drains, then closes the database and the local Neo4j.
    stopOnTerminationSignals: false,
    csrfPrevention: true,
    formatError: (formatted, error) => formatError(formatted, error, (e) => log("Unexpected error in a request", e)),
    validationRules: protection.validationRules,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    // No cache hints are used; the default cache-control plugin would visit every field of every answer.
    plugins: [...protection.plugins, readerGate, ApolloServerPluginCacheControlDisabled(), ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 10_000 })],
  });
  await apollo.start();

  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await options.db.ping();
      res.json({ status: "ready" });
    } catch (error) {
      res.status(503).json({ status: "unavailable", reason: error instanceof Error ? error.message : String(error) });
    }
  });
  app.use(
    "/graphql",
    express.json({ limit: LIMITS.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        try {
          const user = await authenticate(req.headers.authorization, options.auth, (id) => isTokenRevoked(options.db, id));
          return createContext(options.db, user, options.auth);
        } catch (error) {
          throw contextError(error);
        }
      },
    }),
  );
  const graphiql = path.join(CLIENT_DIST, "graphiql.html");
  app.get("/graphiql", (_req, res) => {
    if (existsSync(graphiql)) res.sendFile(graphiql);
    else res.status(404).send("The explorer is part of the client build: run `npm run build`.");
  });
  if (existsSync(CLIENT_DIST)) {
    app.use(express.static(CLIENT_DIST, { index: "index.html", maxAge: "1h" }));
    // The client routes by URL; every other GET gets the app shell.
    app.get(/^\/(?!graphql|healthz|readyz).*/, (_req, res) => res.sendFile(path.join(CLIENT_DIST, "index.html")));
  }
  return { app, httpServer, apollo };
}
