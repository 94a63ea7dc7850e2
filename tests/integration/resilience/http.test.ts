/**
 * The HTTP surface as a hostile or careless client meets it: every /graphql answer is JSON
 * with `extensions.code` (malformed JSON, oversized bodies, wrong media types, a persisted-query
 * hash), the GraphQL-over-HTTP audit of graphql-http passes in full, security headers are set,
 * /readyz tells anonymous callers nothing about where the database is, and logs stay bounded.
 */
import { auditServer } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../../api/server.js";
import type { GraphDb } from "../../../graph/driver.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { serveTestApp } from "../../helpers/http-app.js";

describe("the HTTP surface", () => {
  let db: GraphDb;
  let app: App;
  let base: string;
  let logLines: string[];

  beforeAll(async () => {
    db = testDb();
    ({ app, base, logLines } = await serveTestApp(db));
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.close();
  });

  it("passes graphql-http's GraphQL-over-HTTP audit, MUST and SHOULD", async () => {
    const results = await auditServer({ url: `${base}/graphql` });
    const level = (prefix: string) => results.filter((r) => r.name.startsWith(prefix));
    const ok = (prefix: string) => `${level(prefix).filter((r) => r.status === "ok").length}/${level(prefix).length}`;
    console.log(
      `graphql-http audit: MUST ${ok("MUST")}, SHOULD ${ok("SHOULD")}, MAY ${ok("MAY")} (GET without a preflight header is refused: CSRF prevention)`,
    );
    const failed = results
      .filter((r) => r.status !== "ok" && !r.name.startsWith("MAY"))
      .map((r) => `${r.name}: ${"reason" in r ? r.reason : ""}`);
    expect(failed).toEqual([]);
  }, 30_000);

  const HOSTILE: [string, RequestInit, number, string][] = [
    [
      "malformed JSON",
      { method: "POST", headers: { "content-type": "application/json" }, body: '{"query": "{ plans { id } }"' },
      400,
      "BAD_REQUEST",
    ],
    [
      "an oversized body",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: "{ plans { id } }", variables: { pad: "x".repeat(200_000) } }),
      },
      413,
      "PAYLOAD_TOO_LARGE",
    ],
    [
      "an unsupported charset",
      { method: "POST", headers: { "content-type": "application/json; charset=latin-9000" }, body: "{}" },
      415,
      "UNSUPPORTED_MEDIA_TYPE",
    ],
    [
      "a persisted-query hash",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }),
      },
      200,
      "PERSISTED_QUERY_NOT_SUPPORTED",
    ],
    [
      "a persisted-query hash that does not match",
      {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          query: "{ plans { id } }",
          extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } },
        }),
      },
      200,
      "PERSISTED_QUERY_NOT_SUPPORTED",
    ],
    [
      "a body of plain text",
      { method: "POST", headers: { "content-type": "text/plain" }, body: "{ plans { id } }" },
      400,
      "BAD_REQUEST",
    ],
    [
      "a JSON array (batch)",
      { method: "POST", headers: { "content-type": "application/json" }, body: "[]" },
      400,
      "BAD_REQUEST",
    ],
    [
      "a JSON string",
      { method: "POST", headers: { "content-type": "application/json" }, body: '"hi"' },
      400,
      "BAD_REQUEST",
    ],
  ];
  it.each(HOSTILE)("answers %s with JSON and a code", async (_label, init, status, code) => {
    const response = await fetch(`${base}/graphql`, init);
    expect(response.headers.get("content-type")).toMatch(/^application\/(graphql-response\+)?json/);
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect({ status: response.status, code: body.errors?.[0]?.extensions?.code }).toEqual({ status, code });
  });

  it("logs a malformed body as one short structured line, without the body or a stack", async () => {
    logLines.length = 0;
    const secret = "A".repeat(9_000);
    await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: `{"query": "${secret}`,
    });
    expect(logLines).toHaveLength(1);
    const entry = JSON.parse(logLines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ event: "bad-request-body", type: "entity.parse.failed" });
    expect(logLines[0]!.length).toBeLessThan(400);
    expect(logLines[0]).not.toContain("AAAA");
  });

  it("sets security headers on the API and the app", async () => {
    for (const url of [`${base}/graphql?query=%7B__typename%7D`, `${base}/healthz`]) {
      const headers = (await fetch(url)).headers;
      expect(headers.get("x-content-type-options")).toBe("nosniff");
      expect(headers.get("x-frame-options")).toBe("DENY");
      expect(headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      expect(headers.get("referrer-policy")).toBe("no-referrer");
    }
  });

  it("turns introspection and the explorer off when asked", async () => {
    const closed = await buildApp({ db, auth: TEST_AUTH, production: true, log: () => {}, introspection: false });
    const result = await closed.apollo.executeOperation({ query: "{ __schema { types { name } } }" });
    expect(result.body.kind === "single" && result.body.singleResult.errors?.[0]?.extensions?.code).toBe(
      "GRAPHQL_VALIDATION_FAILED",
    );
    await closed.apollo.stop();
  });
});
