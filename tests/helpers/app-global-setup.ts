/**
 * For the end-to-end tests: the test Neo4j with the seed plan loaded (through the seed
 * CLI, as a user would), and the built app served by `api/main.ts` in a child process,
 * exactly as `npm start` runs it. Tests get its URL by `inject("appUrl")`.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { releaseTestNeo4j, testNeo4jUri } from "./neo4j-global-setup.js";

const root = path.resolve(import.meta.dirname, "..", "..");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, child: ChildProcess, deadlineMs: number): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited with code ${child.exitCode} before it was ready.`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become ready at ${url} within ${deadlineMs} ms.`);
}

export async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(path.join(root, "client", "dist", "index.html"))) {
    throw new Error(
      "client/dist is missing: `npm test` builds it; when running vitest alone, run `npm run build` first.",
    );
  }
  const uri = await testNeo4jUri();
  project.provide("neo4jUri", uri);
  // The app's per-request info lines would bury the test report: warnings and errors only, unless asked.
  const env = { ...process.env, NEO4J_URI: uri, NODE_ENV: "production", LOG_LEVEL: process.env.LOG_LEVEL ?? "warn" };
  const seed = spawnSync(process.execPath, ["--import", "tsx", "seeds/cli.ts"], { cwd: root, env, encoding: "utf8" });
  if (seed.status !== 0) throw new Error(`Loading the seed plan failed:\n${seed.stdout}\n${seed.stderr}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["--import", "tsx", "api/main.ts"], {
    cwd: root,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "inherit", "inherit"],
  });
  await waitReady(url, child, 60_000);
  project.provide("appUrl", url);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => (child.exitCode !== null ? r(null) : child.once("exit", r)));
    await releaseTestNeo4j();
  };
}
