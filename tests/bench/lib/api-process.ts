/**
 * A Plangraf API in its own process (lib/api-child.ts): for the scale-out check, for the
 * floor comparison (the API with and without compiled execution next to the HTTP floor, each
 * in its own process), and for cases that may block an API process (so that the bench's own
 * event loop stays free).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ApiProcess {
  url: string;
  child: ChildProcess;
}

/** Starts `script` (a .ts file that prints its URL on its first line of output) with NEO4J_URI and `env`. */
export function startServerProcess(script: string, uri: string, env: Record<string, string> = {}): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script], {
    env: { ...process.env, NEO4J_URI: uri, ...env },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${path.basename(script)} did not start in 60 s`)), 60_000);
    child.stdout!.once("data", (chunk: Buffer) => {
      clearTimeout(timer);
      resolve({ url: chunk.toString().trim(), child });
    });
    child.once("exit", (code) => reject(new Error(`${path.basename(script)} exited with ${code}`)));
  });
}

/** `env`: more settings for the API process (e.g. limits). */
export function startApiProcess(
  uri: string,
  txTimeoutMs?: number,
  env: Record<string, string> = {},
): Promise<ApiProcess> {
  return startServerProcess(path.join(import.meta.dirname, "api-child.ts"), uri, {
    ...(txTimeoutMs ? { PLANGRAF_TX_TIMEOUT_MS: String(txTimeoutMs) } : {}),
    ...env,
  });
}

/** SIGTERM (drains), or SIGKILL for a process that is stuck. */
export async function stopApiProcess(api: ApiProcess, force = false): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise((resolve) => api.child.once("exit", resolve));
  api.child.kill(force ? "SIGKILL" : "SIGTERM");
  await exited;
}
