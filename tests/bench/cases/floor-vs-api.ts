/**
 * Floor vs API: the same answer as one raw Cypher query through the driver module, and as
 * Plangraf's GraphQL over HTTP (loopback, in-process server), measured interleaved. Also
 * records what the API costs per request in Cypher round trips and bytes.
 */
import type { BenchContext } from "../context.js";
import { impactFloor, nestedFloor } from "../floor.js";
import { gqlOk, missingReason } from "../lib/api.js";
import { interleaved } from "../lib/measure.js";
import { ms } from "../lib/stats.js";
import { IMPACT, NESTED } from "../queries.graphql.js";
import { verdict } from "../report.js";
import { runHttpFloor } from "./http-floor.js";

interface FloorCase {
  name: string;
  field: string;
  query: string;
  variables: (ctx: BenchContext) => Record<string, unknown>;
  floor: (ctx: BenchContext) => Promise<unknown>;
  /** Target on API p50 / floor p50, if any. */
  target?: number;
}

const CASES: FloorCase[] = [
  {
    name: "impact depth 4",
    field: "impact",
    query: IMPACT,
    variables: (c) => ({ id: c.hubId, depth: 4 }),
    floor: (c) => impactFloor(c.db, c.hubId, 4),
    target: 1.3,
  },
  {
    name: "impact depth 6",
    field: "impact",
    query: IMPACT,
    variables: (c) => ({ id: c.hubId, depth: 6 }),
    floor: (c) => impactFloor(c.db, c.hubId, 6),
    target: 1.3,
  },
  {
    name: "departments > goals > initiatives > systems",
    field: "departments",
    query: NESTED,
    variables: (c) => ({ planId: c.planId }),
    floor: (c) => nestedFloor(c.db, c.planId),
  },
];

export async function runFloorVsApi(ctx: BenchContext): Promise<void> {
  const raw: Record<string, unknown> = {};
  for (const c of CASES) {
    const vars = c.variables(ctx);
    const missing = await missingReason(ctx.api.url, ctx.fields, c.field, c.query, vars);
    const floorBytes = JSON.stringify(await c.floor(ctx)).length;
    if (missing) {
      const s = await interleaved([{ name: "floor", run: () => c.floor(ctx) }], { warmup: 5, reps: 30, maxMs: 5_000 });
      ctx.rows.push({
        section: "floor vs API",
        case: c.name,
        measure: "raw Cypher p50 / p95 (ms)",
        value: `${ms(s.floor!.p50)} / ${ms(s.floor!.p95)}`,
        ratio: null,
        target: "",
        verdict: "",
      });
      ctx.rows.push({
        section: "floor vs API",
        case: c.name,
        measure: "GraphQL p50 / p95 (ms)",
        value: "",
        ratio: null,
        target: c.target ? `p50 ≤ ${c.target}x raw` : "",
        verdict: missing,
      });
      raw[c.name] = { missing, floor: s.floor, floorBytes };
      continue;
    }
    const api = await gqlOk(ctx.api.url, c.query, vars);
    const roundTrips = (await ctx.api.trace(c.query, vars)).length;
    const s = await interleaved(
      [
        { name: "floor", run: () => c.floor(ctx) },
        { name: "API", run: () => gqlOk(ctx.api.url, c.query, vars) },
      ],
      { warmup: 10, reps: ctx.options.quick ? 30 : 100, maxMs: ctx.options.quick ? 6_000 : 20_000 },
    );
    const r = s.API!.p50 / s.floor!.p50;
    ctx.rows.push({
      section: "floor vs API",
      case: c.name,
      measure: "raw Cypher p50 / p95 (ms)",
      value: `${ms(s.floor!.p50)} / ${ms(s.floor!.p95)} (1 round trip, ${floorBytes} B)`,
      ratio: null,
      target: "",
      verdict: "",
    });
    ctx.rows.push({
      section: "floor vs API",
      case: c.name,
      measure: "GraphQL p50 / p95 (ms)",
      value: `${ms(s.API!.p50)} / ${ms(s.API!.p95)} (${roundTrips} round trip${roundTrips === 1 ? "" : "s"}, ${api.bytes} B)`,
      ratio: r,
      target: c.target ? `p50 ≤ ${c.target}x raw` : "",
      verdict: c.target ? verdict(r <= c.target) : "",
    });
    raw[c.name] = { floor: s.floor, api: s.API, roundTrips, apiBytes: api.bytes, floorBytes };
  }
  ctx.raw.floorVsApi = raw;
  await runHttpFloor(ctx);
}
