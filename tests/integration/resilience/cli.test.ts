/**
 * The CLIs next to a running server (`npm start`, here the test server): `npm run backup`
 * and `npm run seed` use it and leave it running (they used to take its pid file for a
 * stale one and stop it). The restore CLI refuses a hostile file and writes nothing.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import { isAlive } from "../../../graph/local/server.js";
import { exportPlan } from "../../../graph/repositories/backup.repository.js";
import { loadFixturePlan, removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";

const planId = "test-cli";
const root = path.resolve(import.meta.dirname, "..", "..", "..");
const port = new URL(inject("neo4jUri").replace("bolt:", "http:")).port;
const instanceDir = path.join(root, ".neo4j", "instances", `test-${port}-5.26.30`);
const local = !process.env.NEO4J_TEST_URI;

function cli(args: string[]) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PLANGRAF_NEO4J_INSTANCE: `test-${port}`,
    PLANGRAF_NEO4J_PORT: port,
    PLANGRAF_NEO4J_AUTH: "false",
  };
  delete env.NEO4J_URI;
  return spawnSync(process.execPath, ["--import", "tsx", ...args], {
    cwd: root,
    env,
    encoding: "utf8",
    timeout: 60_000,
  });
}

describe.runIf(local)("CLIs next to a running server", () => {
  let db: GraphDb;
  let pid: number;
  const dir = mkdtempSync(path.join(tmpdir(), "plangraf-cli-"));
  beforeAll(async () => {
    db = testDb();
    await removePlan(db, planId);
    await loadFixturePlan(db, planId);
    pid = (JSON.parse(readFileSync(path.join(instanceDir, "run.json"), "utf8")) as { pid: number }).pid;
  });
  afterAll(async () => {
    await removePlan(db, planId);
    await db.close();
  });

  it("exports through the running server and leaves it running", async () => {
    const file = path.join(dir, "plan.json");
    const result = cli(["graph/backup-cli.ts", "export", planId, file]);
    expect(result.stderr).toMatch(/Exported plan test-cli: 12 nodes/);
    expect(result.status).toBe(0);
    expect(isAlive(pid)).toBe(true);
    await db.ping();
    expect(JSON.parse(readFileSync(file, "utf8")).nodes).toHaveLength(12);
  });

  it("refuses a hostile restore file, writes nothing, and leaves the server running", async () => {
    const before = await exportPlan(db, planId);
    const file = path.join(dir, "evil.json");
    writeFileSync(
      file,
      JSON.stringify({
        format: "plangraf-plan-backup",
        formatVersion: 1,
        planId: "evil",
        exportedAt: "",
        nodes: [],
        edges: [{ from: `${planId}:it:a`, to: `${planId}:it:b`, type: "DEPENDS_ON", props: {} }],
      }),
    );
    const result = cli(["graph/backup-cli.ts", "restore", file]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/not a node of the backup/);
    expect({ ...(await exportPlan(db, planId)), exportedAt: "" }).toEqual({ ...before, exportedAt: "" });
    expect(isAlive(pid)).toBe(true);
  });

  it("loads a plan through the running server and leaves it running", async () => {
    const result = cli(["seeds/cli.ts", "no-such-plan.md", "no-such-facts.yaml"]);
    expect(result.status).toBe(1);
    expect(isAlive(pid)).toBe(true);
    await db.ping();
  });
});

describe.runIf(local)("tokens from `npm run token`", () => {
  it("are recorded, listed and revocable, and a revoked one is refused", async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PLANGRAF_NEO4J_INSTANCE: `test-${port}`,
      PLANGRAF_NEO4J_PORT: port,
      PLANGRAF_NEO4J_AUTH: "false",
      PLANGRAF_JWT_SECRET: "test-secret-0123456789-0123456789-abcdef",
    };
    delete env.NEO4J_URI;
    const run = (args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "api/token-cli.ts", ...args], {
        cwd: root,
        env,
        encoding: "utf8",
        timeout: 60_000,
      });
    const issued = run(["--user", "cli-anna", "--role", "admin", "--days", "365"]);
    expect(issued.status).toBe(0);
    const tokenId = /Token (\S+) for cli-anna/.exec(issued.stderr)?.[1];
    expect(tokenId).toBeTruthy();
    const { testApi, ADMIN } = await import("../../helpers/api.js");
    const db = testDb();
    const api = await testApi(db);
    try {
      const listed = await api.run(`{ apiTokens { id subject role createdBy revoked } }`, {}, ADMIN);
      expect(listed.data?.apiTokens).toContainEqual({
        id: tokenId,
        subject: "cli-anna",
        role: "admin",
        createdBy: expect.stringMatching(/^cli:/),
        revoked: false,
      });
      const revoked = await api.run(`mutation { revokeApiToken(id: "${tokenId}") { revoked } }`, {}, ADMIN);
      expect(revoked.data?.revokeApiToken).toEqual({ revoked: true });
      const { authenticate } = await import("../../../api/auth/authenticate.js");
      const { isTokenRevoked } = await import("../../../graph/repositories/token.repository.js");
      const { TEST_AUTH } = await import("../../helpers/api.js");
      await expect(
        authenticate(`Bearer ${issued.stdout.trim()}`, TEST_AUTH, (id) => isTokenRevoked(db, id)),
      ).rejects.toThrow(/revoked/);
    } finally {
      await db.write("tokens", (tx) => tx.run("MATCH (t:ApiToken {subject: 'cli-anna'}) DELETE t"));
      await api.stop();
      await db.close();
    }
  });
});
