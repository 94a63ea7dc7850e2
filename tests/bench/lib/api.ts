/**
 * Plangraf's API for the bench: built with api/server.ts (`buildApp`) and listening on port 0
 * on 127.0.0.1, in this process. Also a minimal GraphQL-over-HTTP client and a check of which
 * Query fields the running schema has (so a case whose query is not built yet reports
 * "n/a (query missing)" instead of failing).
 */
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { GraphDb } from "../../../graph/driver.js";
import type { AuthSettings } from "../../../api/auth/settings.js";
import { createContext } from "../../../api/context.js";
import { buildApp } from "../../../api/server.js";
import { capturing, type Captured } from "./capture.js";

/** Anonymous reading on, as `npm start` has it by default; a throw-away signing secret. */
export const benchAuth = (): AuthSettings => ({
  secret: new Uint8Array(randomBytes(32)),
  anonymousRead: true,
  secretSource: "env",
});

export interface RunningApi {
  url: string;
  /** The Cypher one operation sends (run in-process with a recording context): one entry per round trip. */
  trace(query: string, variables: Record<string, unknown>): Promise<Captured[]>;
  stop(): Promise<void>;
}

export async function startApi(db: GraphDb): Promise<RunningApi> {
  const { httpServer, apollo } = await buildApp({ db, auth: benchAuth(), log: () => {} });
  await new Promise<void>((resolve) => httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    async trace(query, variables) {
      const log: Captured[] = [];
      await apollo.executeOperation({ query, variables }, { contextValue: createContext(capturing(db, log)) });
      return log;
    },
    async stop() {
      await apollo.stop();
      httpServer.close();
    },
  };
}

export interface GqlResult<T> {
  data: T | null;
  errors: { message: string; extensions?: { code?: string } }[] | undefined;
  bytes: number;
}

export async function gql<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs?: number,
): Promise<GqlResult<T>> {
  const signal = timeoutMs ? AbortSignal.timeout(timeoutMs) : undefined;
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
    ...(signal ? { signal } : {}),
  });
  const text = await response.text();
  const body = JSON.parse(text) as { data?: T; errors?: GqlResult<T>["errors"] };
  return { data: body.data ?? null, errors: body.errors, bytes: text.length };
}

/** Like `gql`, but throws on GraphQL errors: a bench number from a failing query would be meaningless. */
export async function gqlOk<T = unknown>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  timeoutMs?: number,
): Promise<GqlResult<T>> {
  const result = await gql<T>(url, query, variables, timeoutMs);
  if (result.errors?.length)
    throw new Error(
      `GraphQL error: ${result.errors.map((e) => `${e.extensions?.code ?? ""} ${e.message}`).join("; ")}`,
    );
  return result;
}

/** Names of the Query fields the server's schema has. */
export async function queryFields(url: string): Promise<Set<string>> {
  const result = await gqlOk<{ __schema: { queryType: { fields: { name: string }[] } } }>(
    url,
    "{ __schema { queryType { fields { name } } } }",
  );
  return new Set(result.data?.__schema.queryType.fields.map((f) => f.name) ?? []);
}

/**
 * Why a GraphQL case cannot run yet, or null when it can: the query is missing, or it fails
 * validation (fields not built yet). Errors while running are the measurement's to report.
 */
export async function missingReason(
  url: string,
  fields: Set<string>,
  field: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<string | null> {
  if (!fields.has(field)) return "n/a (query missing)";
  // Validation answers fast; an answer that takes longer is the measurement's business.
  const result = await gql(url, query, variables, 30_000).catch(() => null);
  if (!result) return null;
  const code = result.errors?.[0]?.extensions?.code ?? "";
  return code === "GRAPHQL_VALIDATION_FAILED" ? "n/a (query incomplete)" : null;
}
