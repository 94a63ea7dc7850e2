// Small helpers shared by start.mjs and test.mjs. Plain Node: they run before node_modules exists.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The project's Node (the `node` devDependency, Node 22 LTS) once installed, else the one running. */
export function projectNode() {
  const local = path.join(root, "node_modules", "node", "bin", "node");
  return existsSync(local) ? local : process.execPath;
}

/** The environment for child processes: the project's Node first on PATH, so `#!/usr/bin/env node` tools run under it. */
function childEnv(env) {
  const bin = path.join(root, "node_modules", ".bin");
  return { ...process.env, PATH: `${bin}${path.delimiter}${process.env.PATH ?? ""}`, ...env };
}

export function step(label, command, args, env = {}) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: childEnv(env) });
  if (result.status !== 0) {
    console.error(`\n${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status ?? 1);
  }
}

/** Installs the dependencies from the lockfile when node_modules is missing or older than it. */
export function ensureInstalled() {
  const marker = path.join(root, "node_modules", ".package-lock.json");
  const lock = path.join(root, "package-lock.json");
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  const wanted = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).devDependencies.node;
  if (process.versions.node === wanted) {
    step("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
    return;
  }
  // Older system Node (e.g. 20): run npm itself under the project's Node 22 from the registry, so the
  // dependencies' engine checks see the Node that will run them.
  const npmCli =
    process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath)
      ? process.env.npm_execpath
      : path.join(path.dirname(process.execPath), "..", "lib", "node_modules", "npm", "bin", "npm-cli.js");
  step(`Installing dependencies (npm ci, under Node ${wanted})`, "npm", [
    "exec",
    "--yes",
    `--package=node@${wanted}`,
    "--",
    "node",
    npmCli,
    "ci",
    "--no-audit",
    "--no-fund",
  ]);
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Builds the client when client/dist is missing or older than its sources. */
export function ensureClientBuilt(force = false) {
  const built = path.join(root, "client", "dist", "index.html");
  const sources = Math.max(
    newest(path.join(root, "client", "src")),
    statSync(path.join(root, "client", "index.html")).mtimeMs,
  );
  if (!force && existsSync(built) && statSync(built).mtimeMs >= sources) return;
  step("Building the client (vite build)", "npx", [
    "vite",
    "build",
    "--config",
    "client/vite.config.ts",
    "--logLevel",
    "warn",
  ]);
}

/** Runs a long-lived child, forwarding SIGINT/SIGTERM so it can shut down cleanly. */
export function runForeground(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: childEnv(env) });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
