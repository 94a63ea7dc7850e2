/**
 * Runs one bounded autocannon load in its own process (so that the load generator does not
 * share an event loop with the server under test) and prints a JSON summary on stdout.
 * Only loopback targets are accepted.
 */
import autocannon from "autocannon";

interface Job {
  url: string;
  body: string;
  connections: number;
  seconds: number;
}

const job = JSON.parse(process.argv[2] ?? "{}") as Job;
const host = new URL(job.url).hostname;
if (!["127.0.0.1", "localhost", "[::1]"].includes(host)) throw new Error(`Refusing to load ${job.url}: loopback only.`);

const result = await autocannon({
  url: job.url,
  method: "POST",
  headers: { "content-type": "application/json" },
  body: job.body,
  connections: Math.min(job.connections, 50),
  duration: Math.min(job.seconds, 30),
});
process.stdout.write(
  JSON.stringify({
    requests: result.requests.total,
    seconds: result.duration,
    rps: result.requests.total / result.duration,
    latencyP50: result.latency.p50,
    latencyP97_5: result.latency.p97_5,
    latencyP99: result.latency.p99,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bytes: result.throughput.total,
  }),
);
