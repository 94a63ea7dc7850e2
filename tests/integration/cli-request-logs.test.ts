/**
 * Logs with request ids, against the test Neo4j: every /graphql answer carries an
 * `x-request-id` (the caller's when sane, else a new UUID), the request's log line and an
 * unexpected resolver error's one line carry the same id, with code and message but no
 * stack at info. A CLI keeps stdout for its result and logs JSON lines on stderr.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { App } from "../../api/server.js";
import type { GraphDb } from "../../graph/driver.js";
import { loadFixturePlan, removePlan } from "../helpers/fixture-plan.js";
import { testDb } from "../helpers/graph.js";
import { serveTestApp } from "../helpers/http-app.js";

type Line = Record<string, unknown>;

describe("request ids in answers and logs", () => {
  let db: GraphDb;
  let app: App;
  let base: string;
  let failing = false;
  let logLines: string[] = [];
  /** The app's log lines so far, parsed. */
  const lines = (): Line[] => logLines.map((line) => JSON.parse(line) as Line);

  beforeAll(async () => {
    db = testDb();
    // A database view whose reads fail with a plain Error while `failing` is set: an
    // unexpected fault, as a bug or a driver surprise would be.
    const real = db.withStats.bind(db);
    db.withStats = (...args) => {
      const view = real(...args);
      const read = view.read.bind(view);
      view.read = (name, work) => (failing ? Promise.reject(new Error("disk on fire")) : read(name, work));
      return view;
    };
    ({ app, base, logLines } = await serveTestApp(db));
  });
  afterAll(async () => {
    await app.apollo.stop();
    await db.close();
  });

  const post = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query }),
    });

  it("answers the caller's sane x-request-id and logs the request with it", async () => {
    logLines.length = 0;
    const response = await post("query Probe { __typename }", { "x-request-id": "probe-0001" });
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("probe-0001");
    expect(lines()).toEqual([
      expect.objectContaining({
        level: 30,
        requestId: "probe-0001",
        event: "graphql",
        operation: "Probe",
        status: 200,
        errors: 0,
      }),
    ]);
    expect(JSON.stringify(lines())).not.toContain("__typename");
  });

  it.each([
    ["no header", {}],
    ["an id with spaces", { "x-request-id": "not a sane id" }],
    ["an overlong id", { "x-request-id": "x".repeat(500) }],
  ])("gives a request with %s a new UUID", async (_name, headers: Record<string, string>) => {
    logLines.length = 0;
    const response = await post("{ __typename }", headers);
    const id = response.headers.get("x-request-id");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(lines()).toEqual([expect.objectContaining({ requestId: id, event: "graphql" })]);
  });

  it("logs an unexpected resolver error once, with the request id, its message and no stack", async () => {
    logLines.length = 0;
    failing = true;
    try {
      const response = await post("{ plans { id } }", { "x-request-id": "fault-42" });
      const body = (await response.json()) as { errors?: { message: string; extensions?: { code?: string } }[] };
      expect(response.headers.get("x-request-id")).toBe("fault-42");
      expect(body.errors?.[0]).toMatchObject({
        message: "Internal server error.",
        extensions: { code: "INTERNAL_SERVER_ERROR" },
      });
    } finally {
      failing = false;
    }
    const errors = lines().filter((line) => line.level === 50);
    expect(errors).toEqual([
      expect.objectContaining({
        requestId: "fault-42",
        event: "unexpected-error",
        path: "plans",
        msg: "Unexpected error in a request",
        err: { type: "Error", message: "disk on fire" },
      }),
    ]);
    expect(lines().every((line) => line.requestId === "fault-42")).toBe(true);
  });

  it("logs a malformed body with the request id", async () => {
    logLines.length = 0;
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "bad-body-1" },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-request-id")).toBe("bad-body-1");
    expect(lines()).toEqual([expect.objectContaining({ requestId: "bad-body-1", event: "bad-request-body" })]);
  });
});

const local = !process.env.NEO4J_TEST_URI;

describe.runIf(local)("a CLI's output", () => {
  const planId = "test-cli-logs";
  const root = path.resolve(import.meta.dirname, "..", "..");
  const port = new URL(inject("neo4jUri").replace("bolt:", "http:")).port;
  let db: GraphDb;
  beforeAll(async () => {
    db = testDb();
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
  });
  afterAll(async () => {
    await removePlan(db, planId);
    await db.close();
  });

  it("is the result alone on stdout, and JSON log lines on stderr", () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PLANGRAF_NEO4J_INSTANCE: `test-${port}`,
      PLANGRAF_NEO4J_PORT: port,
      PLANGRAF_NEO4J_AUTH: "false",
      LOG_LEVEL: "info",
    };
    delete env.NEO4J_URI;
    const result = spawnSync(process.execPath, ["--import", "tsx", "graph/backup-cli.ts", "export", planId], {
      cwd: root,
      env,
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(result.status).toBe(0);
    expect((JSON.parse(result.stdout) as { planId: string }).planId).toBe(planId);
    const logged = result.stderr
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Line);
    expect(logged.at(-1)).toMatchObject({
      level: 30,
      app: "plangraf",
      cli: "backup",
      event: "exported",
      planId,
      nodes: 12,
      msg: `Exported plan ${planId}: 12 nodes, ${logged.at(-1)?.edges} relationships.`,
    });
  }, 150_000);
});
