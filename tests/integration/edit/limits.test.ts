/** Every limit of the README's table, over HTTP, refused with its code before anything runs. */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIMITS } from "../../../api/limits.js";
import { buildApp, type App } from "../../../api/server.js";
import type { GraphDb } from "../../../graph/driver.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";

const nest = (depth: number) =>
  `{ plans { ${"departments { goals { department { ".repeat(depth)}id${" } } }".repeat(depth)} } }`;

describe("request limits", () => {
  let db: GraphDb;
  let app: App;
  let url: string;
  const send = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
    fetch(url, { method: "POST", headers, body });
  const post = async (query: string, accept = "application/graphql-response+json") => {
    const response = await send(JSON.stringify({ query }), { "content-type": "application/json", accept });
    return {
      status: response.status,
      body: (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] },
    };
  };

  beforeAll(async () => {
    db = testDb();
    app = await buildApp({ db, auth: TEST_AUTH, production: true, log: () => {} });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.close();
  });

  it.each([
    ["depth", nest(5), /depth/i],
    [
      "aliases",
      `{ ${Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: plans { id }`).join(" ")} }`,
      /alias/i,
    ],
    ["directives", `{ plans ${"@include(if: true) ".repeat(LIMITS.maxDirectives + 1)}{ id } }`, /directive/i],
    ["tokens", `{ ${"__typename ".repeat(LIMITS.maxTokens)} }`, /tokens/i],
    [
      "list rows",
      `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: graph(filter: {limit: 10000}) { totalNodes }`).join(" ")} }`,
      /list rows/i,
    ],
  ])("refuses too many %s with a code and HTTP 400 (200 for application/json)", async (_limit, query, message) => {
    const result = await post(query);
    expect(result.status).toBe(400);
    expect(result.body.errors?.[0]?.extensions?.code).toMatch(
      /^(GRAPHQL_(VALIDATION|PARSE)_FAILED|COST_LIMIT_EXCEEDED)$/,
    );
    expect(result.body.errors?.[0]?.message).toMatch(message);
    const legacy = await post(query, "application/json");
    expect(legacy.status).toBe(200);
    expect(legacy.body.errors?.[0]?.message).toMatch(message);
  });

  it("counts list sizes given in variables", async () => {
    const response = await send(
      JSON.stringify({
        query: `query($n: Int) { a: graph(filter: {limit: $n}) { totalNodes } b: graph(filter: {limit: $n}) { totalNodes } c: graph(filter: {limit: $n}) { totalNodes } }`,
        variables: { n: 10000 },
      }),
    );
    const body = (await response.json()) as { errors?: { extensions?: { code?: string } }[] };
    expect(body.errors?.[0]?.extensions?.code).toBe("COST_LIMIT_EXCEEDED");
  });

  it("hides field suggestions in production", async () => {
    const result = await post("{ plan { id } }");
    expect(result.body.errors?.[0]?.message).not.toMatch(/Did you mean/);
  });

  it("refuses a body over the size limit", async () => {
    const response = await send(JSON.stringify({ query: `{ plans { id } }`, variables: { pad: "x".repeat(200_000) } }));
    expect(response.status).toBe(413);
  });

  it("refuses batched requests", async () => {
    const response = await send(JSON.stringify([{ query: "{ plans { id } }" }, { query: "{ plans { id } }" }]));
    expect(response.status).toBe(400);
  });

  it("refuses a simple (CSRF-able) request without a preflight header", async () => {
    const response = await fetch(`${url}?query=${encodeURIComponent("{ plans { id } }")}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/i);
  });
});
