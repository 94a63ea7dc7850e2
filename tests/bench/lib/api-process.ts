/**
 * A Plangraf API in its own process (lib/api-child.ts): for the scale-out check, and for
 * cases that may block an API process (so that the bench's own event loop stays free).
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface ApiProcess {
  url: string;
  child: ChildProcess;
}

export function startApiProcess(uri: string, txTimeoutMs?: number): Promise<ApiProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "api-child.ts")], {
    env: { ...process.env, NEO4J_URI: uri, ...(txTimeoutMs ? { PLANGRAF_TX_TIMEOUT_MS: String(txTimeoutMs) } : {}) },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("API process did not start in 60 s")), 60_000);
    child.stdout!.once("data", (chunk: Buffer) => {
      clearTimeout(timer);
      resolve({ url: chunk.toString().trim(), child });
    });
    child.once("exit", (code) => reject(new Error(`API process exited with ${code}`)));
  });
}

/** SIGTERM (drains), or SIGKILL for a process that is stuck. */
export async function stopApiProcess(api: ApiProcess, force = false): Promise<void> {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  const exited = new Promise((resolve) => api.child.once("exit", resolve));
  api.child.kill(force ? "SIGKILL" : "SIGTERM");
  await exited;
}
