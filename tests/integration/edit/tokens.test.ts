/** Tokens over HTTP: an admin issues a planner token, it writes, it is revoked, it stops working. */
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signToken } from "../../../api/auth/tokens.js";
import { buildApp, type App } from "../../../api/server.js";
import type { GraphDb } from "../../../graph/driver.js";
import { TEST_AUTH } from "../../helpers/api.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";

const planId = "test-tokens";

describe("API tokens over HTTP", () => {
  let db: GraphDb;
  /** What the tests read of an answer: the issued token in full, the rest compared as a whole. */
  type TokenAnswers = { createApiToken: { token: string; info: { id: string } } } & Record<string, unknown>;
  let app: App;
  let url: string;
  const post = async (query: string, token?: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });
    return {
      status: response.status,
      body: (await response.json()) as { data?: TokenAnswers; errors?: { extensions?: { code?: string } }[] },
    };
  };

  beforeAll(async () => {
    db = testDb();
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
    app = await buildApp({ db, auth: TEST_AUTH, log: () => {} });
    await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.write("tokens", (tx) => tx.run("MATCH (t:ApiToken {subject: 'anna'}) DELETE t"));
    await removePlan(db, planId);
    await db.close();
  });

  it("issues, uses and revokes a planner token", async () => {
    const admin = (await signToken(TEST_AUTH.secret, "root", "admin")).token;
    const issued = await post(
      `mutation { createApiToken(subject: "anna", role: "planner", name: "Annas token") { token info { id role subject revoked } } }`,
      admin,
    );
    expect(issued.body.errors).toBeUndefined();
    const { token, info } = issued.body.data!.createApiToken;
    expect(info).toMatchObject({ role: "planner", subject: "anna", revoked: false });

    const write = await post(
      `mutation { createOrganisation(input: {planId: "${planId}", name: "Revisionen"}) { id } }`,
      token,
    );
    expect(write.body.data?.createOrganisation).toEqual({ id: `${planId}:org:revisionen` });
    const audit = await post(`{ auditLog(nodeId: "${planId}:org:revisionen") { actor role action } }`, admin);
    expect(audit.body.data?.auditLog).toEqual([{ actor: "anna", role: "planner", action: "create" }]);

    expect(
      (await post(`mutation { revokeApiToken(id: "${info.id}") { revoked } }`, admin)).body.data?.revokeApiToken,
    ).toEqual({ revoked: true });
    const after = await post(
      `mutation { createOrganisation(input: {planId: "${planId}", name: "KMD"}) { id } }`,
      token,
    );
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it.each([
    ["a malformed header value", "not-a-jwt"],
    [
      "a token signed with another secret",
      "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwicm9sZSI6ImFkbWluIiwiaXNzIjoicGxhbmdyYWYifQ.c2lnbmF0dXJl",
    ],
  ])("refuses %s with 401 UNAUTHENTICATED", async (_label, token) => {
    const result = await post(`{ plans { id } }`, token);
    expect(result.status).toBe(401);
    expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("answers /healthz and /readyz", async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${url}/readyz`)).json()).toEqual({ status: "ready" });
  });
});
