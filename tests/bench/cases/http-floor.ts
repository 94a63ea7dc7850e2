/**
 * The HTTP floor next to the API: the same request answered by a bare node:http handler
 * (floor-http.ts: same Cypher, same JSON, no Express/Apollo/GraphQL) and by the API, each
 * server in its own process; plus the driver floor in this process (no HTTP, no JSON). First the answers are checked
 * equal (parsed and compared as canonical JSON), then latency one request at a time
 * (interleaved) and throughput under the same autocannon load (rounds alternating).
 */
import { closure } from "../../../graph/cypher/impact.cypher.js";
import type { BenchContext } from "../context.js";
import { impactFloor, nestedFloor } from "../floor.js";
import { IMPACT_PROPERTIES } from "../floor-http.js";
import { gqlOk, missingReason } from "../lib/api.js";
import { startApiProcess, startServerProcess, stopApiProcess, type ApiProcess } from "../lib/api-process.js";
import { answerDifference } from "../lib/answers.js";
import { combine, runLoad, type LoadResult } from "../lib/load.js";
import { interleaved } from "../lib/measure.js";
import { ms, ratio } from "../lib/stats.js";
import { IMPACT, NESTED } from "../queries.graphql.js";
import { verdict } from "../report.js";
import path from "node:path";

export const HTTP_LOAD = { connections: 10, quick: { rounds: 1, seconds: 3 }, full: { rounds: 2, seconds: 5 } };

/**
 * The API processes get a rate limit they never reach and an in-flight limit equal to the
 * load's connections: the middlewares still run on every request, but they neither refuse
 * nor queue the bench's single client (the HTTP floor has neither).
 */
const API_ENV = {
  PLANGRAF_RATE_LIMIT: "100000000",
  PLANGRAF_CLIENT_CONCURRENCY: String(HTTP_LOAD.connections),
};

interface HttpCase {
  name: string;
  field: string;
  query: string;
  variables: (ctx: BenchContext) => Record<string, unknown>;
  driverFloor: (ctx: BenchContext) => Promise<unknown>;
  /** Target on API p50 / HTTP floor p50. */
  target?: number;
}

const CASES: HttpCase[] = [
  {
    name: "impact depth 4",
    field: "impact",
    query: IMPACT,
    variables: (c) => ({ id: c.hubId, depth: 4 }),
    driverFloor: (c) => impactFloor(c.db, c.hubId, 4),
    target: 1.3,
  },
  {
    name: "departments > goals > initiatives > systems",
    field: "departments",
    query: NESTED,
    variables: (c) => ({ planId: c.planId }),
    driverFloor: (c) => nestedFloor(c.db, c.planId),
  },
];

type Server = "HTTP floor" | "API";
const SERVERS: readonly Server[] = ["HTTP floor", "API"];

export async function runHttpFloor(ctx: BenchContext): Promise<void> {
  const servers = new Map<Server, ApiProcess>();
  const raw: Record<string, unknown> = {};
  try {
    servers.set(
      "HTTP floor",
      await startServerProcess(path.join(import.meta.dirname, "..", "lib", "floor-http-child.ts"), ctx.uri),
    );
    servers.set("API", await startApiProcess(ctx.uri, undefined, API_ENV));
    const url = (s: Server) => servers.get(s)!.url;
    for (const c of CASES) {
      const vars = c.variables(ctx);
      const missing = await missingReason(url("API"), ctx.fields, c.field, c.query, vars);
      if (missing) {
        push(ctx, c.name, "answers", "", null, "", missing);
        continue;
      }
      // 1. The same answer from both, before any timing.
      const answers = await Promise.all(SERVERS.map((s) => gqlOk(url(s), c.query, vars)));
      const [floorAnswer, apiAnswer] = answers;
      const differences = [answerDifference(apiAnswer!.data, floorAnswer!.data)];
      const same = differences.every((d) => d === null);
      let statement = "";
      if (c.field === "impact") {
        const traced = await ctx.api.trace(c.query, vars);
        statement =
          traced.length === 1 && traced[0]!.cypher === closure("downstream", IMPACT_PROPERTIES)
            ? "; the API sends the HTTP floor's statement"
            : `; the API sends ${traced.length} statement(s), not the HTTP floor's`;
      }
      push(
        ctx,
        c.name,
        "answers: HTTP floor vs API",
        `${same ? "equal" : `DIFFER (${differences.filter(Boolean).join("; ")})`}; bytes ${answers.map((a) => a.bytes).join(" / ")}${statement}`,
        null,
        "equal",
        verdict(same),
      );
      if (!same) {
        raw[c.name] = { differences, bytes: answers.map((a) => a.bytes) };
        continue;
      }

      // 2. One request at a time, interleaved.
      const s = await interleaved(
        [
          { name: "driver floor", run: () => c.driverFloor(ctx) },
          ...SERVERS.map((server) => ({ name: server, run: () => gqlOk(url(server), c.query, vars) })),
        ],
        { warmup: 10, reps: ctx.options.quick ? 30 : 100, maxMs: ctx.options.quick ? 8_000 : 25_000 },
      );
      const p50 = (name: string) => s[name]!.p50;
      push(
        ctx,
        c.name,
        "p50 / p95 (ms), one at a time: driver floor · HTTP floor · API",
        ["driver floor", ...SERVERS].map((n) => `${ms(s[n]!.p50)} / ${ms(s[n]!.p95)}`).join(" · "),
        null,
        "",
        "",
      );
      push(ctx, c.name, "API / driver floor (p50)", "", p50("API") / p50("driver floor"), "", "");
      push(
        ctx,
        c.name,
        "API / HTTP floor (p50)",
        "",
        p50("API") / p50("HTTP floor"),
        c.target ? `≤ ${c.target}x` : "",
        c.target ? verdict(p50("API") / p50("HTTP floor") <= c.target) : "",
      );
      push(ctx, c.name, "HTTP floor / driver floor (p50)", "", p50("HTTP floor") / p50("driver floor"), "", "");
      // 3. Under load: the same autocannon load on each server, rounds alternating.
      const { rounds, seconds } = ctx.options.quick ? HTTP_LOAD.quick : HTTP_LOAD.full;
      for (const server of SERVERS) await runLoad(url(server), c.query, vars, HTTP_LOAD.connections, 2);
      const runs: Record<Server, LoadResult[]> = { "HTTP floor": [], API: [] };
      for (let i = 0; i < rounds; i++) {
        const order = i % 2 === 0 ? SERVERS : [...SERVERS].reverse();
        for (const server of order)
          runs[server].push(await runLoad(url(server), c.query, vars, HTTP_LOAD.connections, seconds));
      }
      const load = Object.fromEntries(SERVERS.map((server) => [server, combine(runs[server])])) as Record<
        Server,
        LoadResult
      >;
      const errors = SERVERS.reduce((n, server) => n + load[server].errors + load[server].non2xx, 0);
      push(
        ctx,
        c.name,
        `req/s, p50 ms under load (${HTTP_LOAD.connections} conn x ${rounds * seconds} s): HTTP floor · API`,
        `${SERVERS.map((server) => `${load[server].rps.toFixed(0)} (${load[server].latencyP50})`).join(" · ")}; errors ${errors}`,
        load["HTTP floor"].rps / load.API.rps,
        "",
        errors ? "errors under load" : "",
      );
      ctx.log(
        `http floor: ${c.name}: p50 ${["driver floor", ...SERVERS].map((n) => `${n} ${ms(p50(n))}`).join(", ")}; API/HTTP floor ${ratio(p50("API") / p50("HTTP floor"))}`,
      );
      raw[c.name] = { bytes: answers.map((a) => a.bytes), latency: s, load };
    }
  } finally {
    await Promise.all([...servers.values()].map((p) => stopApiProcess(p)));
  }
  ctx.raw.httpFloor = raw;
}

function push(
  ctx: BenchContext,
  name: string,
  measure: string,
  value: string,
  r: number | null,
  target: string,
  result: string,
): void {
  ctx.rows.push({ section: "HTTP floor", case: name, measure, value, ratio: r, target, verdict: result });
}
