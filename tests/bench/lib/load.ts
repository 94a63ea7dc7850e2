/** Bounded loopback load (autocannon in a child process), a few seconds at a time. */
import { spawn } from "node:child_process";
import path from "node:path";

export interface LoadResult {
  requests: number;
  seconds: number;
  rps: number;
  latencyP50: number;
  latencyP97_5: number;
  latencyP99: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  bytes: number;
}

const child = path.join(import.meta.dirname, "load-child.ts");

export function runLoad(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const job = JSON.stringify({ url, body: JSON.stringify({ query, variables }), connections, seconds });
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", child, job], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    proc.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    const timer = setTimeout(() => proc.kill("SIGKILL"), (seconds + 30) * 1000);
    proc.once("exit", (code) => {
      clearTimeout(timer);
      if (code !== 0) return reject(new Error(`autocannon exited with ${code}`));
      try {
        resolve(JSON.parse(out) as LoadResult);
      } catch (error) {
        reject(error);
      }
    });
  });
}

/** Sums rounds of the same load into one throughput figure. */
export function combine(results: readonly LoadResult[]): LoadResult {
  const sum = (key: keyof LoadResult) => results.reduce((s, r) => s + r[key], 0);
  const seconds = sum("seconds");
  return {
    requests: sum("requests"),
    seconds,
    rps: sum("requests") / Math.max(1e-9, seconds),
    latencyP50: Math.max(...results.map((r) => r.latencyP50)),
    latencyP97_5: Math.max(...results.map((r) => r.latencyP97_5)),
    latencyP99: Math.max(...results.map((r) => r.latencyP99)),
    errors: sum("errors"),
    timeouts: sum("timeouts"),
    non2xx: sum("non2xx"),
    bytes: sum("bytes"),
  };
}
