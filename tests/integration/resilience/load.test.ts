/**
 * A bounded loopback load test against read queries on the seed plan: 50 connections for
 * PLANGRAF_LOAD_SECONDS (10 s in the suite; 30 s for the figures in the README). Asserts
 * no errors and no non-2xx answers; prints p50/p99 and throughput. Speed is not asserted
 * here (machines are shared): benchmarks compare speeds, `npm run bench`.
 */
import autocannon from "autocannon";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp, type App } from "../../../api/server.js";
import type { GraphDb } from "../../../graph/driver.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { testDb } from "../../helpers/graph.js";
import { loadSeedPlan, SEED_PLAN_ID } from "../../helpers/seed.js";

const SECONDS = Number(process.env.PLANGRAF_LOAD_SECONDS || 10);
const QUERIES = [
  `{ departments(planId: "${SEED_PLAN_ID}") { name goals { letter title initiatives { text systems { name } } } } }`,
  `{ impact(id: "${SEED_PLAN_ID}:system:opus", maxDepth: 4) { truncated nodes { depth node { id name } } } }`,
  `{ search(text: "indkøb", limit: 10) { score node { id name } } }`,
  `{ dependencyMatrix(planId: "${SEED_PLAN_ID}") { cells { count } } }`,
];

describe("under read load", () => {
  let db: GraphDb;
  let app: App;
  let url: string;
  beforeAll(async () => {
    db = testDb();
    await loadSeedPlan(db);
    // 50 connections stand for 50 users: the per-client limits (one address here) are off.
    app = await buildApp({
      db,
      auth: TEST_AUTH,
      production: true,
      log: () => {},
      rateLimitPerMinute: false,
      clientConcurrency: 50,
    });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.close();
  });

  it(
    `serves 50 connections for ${SECONDS} s without an error`,
    async () => {
      // Each query answers without GraphQL errors (which would still be HTTP 200 under load).
      for (const query of QUERIES) {
        const body = (await (
          await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query }),
          })
        ).json()) as { errors?: unknown };
        expect(body.errors, query).toBeUndefined();
      }
      const result = await autocannon({
        url,
        connections: 50,
        duration: SECONDS,
        requests: QUERIES.map((query) => ({
          method: "POST",
          path: "/graphql",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })),
      });
      console.log(
        `load: ${result.requests.total} requests in ${SECONDS} s (${result.requests.average} req/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
      );
      expect(result.requests.total).toBeGreaterThan(0);
      expect(result.errors).toBe(0);
      expect(result.timeouts).toBe(0);
      expect(result.non2xx).toBe(0);
    },
    (SECONDS + 60) * 1000,
  );
});
