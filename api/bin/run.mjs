// Small helpers shared by start.mjs and test.mjs. Plain Node: they run before node_modules exists.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

export function step(label, command, args, env = {}) {
  console.log(`\n> ${label}`);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
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
  step("Installing dependencies (npm ci)", "npm", ["ci", "--no-audit", "--no-fund"]);
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
  const sources = Math.max(newest(path.join(root, "client", "src")), statSync(path.join(root, "client", "index.html")).mtimeMs);
  if (!force && existsSync(built) && statSync(built).mtimeMs >= sources) return;
  step("Building the client (vite build)", "npx", ["vite", "build", "--config", "client/vite.config.ts", "--logLevel", "warn"]);
}

/** Runs a long-lived child, forwarding SIGINT/SIGTERM so it can shut down cleanly. */
export function runForeground(command, args, env = {}) {
  const child = spawn(command, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}
