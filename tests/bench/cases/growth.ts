/**
 * Growth: impact and graph(filter) latency as the database grows from 1k to 10k to 100k
 * nodes (the same root and plan every time; more plans around them). Floor and API are
 * measured interleaved at each size; the headline is p95 at the largest size over p95 at 1k.
 */
import type { BenchContext } from "../context.js";
import { graphFloor, impactFloor } from "../floor.js";
import { gqlOk, missingReason } from "../lib/api.js";
import { startApiProcess, stopApiProcess } from "../lib/api-process.js";
import { interleaved, type Contender } from "../lib/measure.js";
import { ms } from "../lib/stats.js";
import type { Summary } from "../lib/stats.js";
import { GRAPH, IMPACT } from "../queries.graphql.js";
import { verdict } from "../report.js";
import { importTo, newTotals, rate, warmImport, type ImportTotals } from "./import.js";

interface GrowthCase {
  name: string;
  field: string;
  query: string;
  variables: (ctx: BenchContext) => Record<string, unknown>;
  floor: (ctx: BenchContext) => Promise<unknown>;
  /** Target on the API's p95 ratio (largest / 1k), if any. */
  target?: number;
}

const CASES: GrowthCase[] = [
  {
    name: "impact depth 4",
    field: "impact",
    query: IMPACT,
    variables: (c) => ({ id: c.hubId, depth: 4 }),
    floor: (c) => impactFloor(c.db, c.hubId, 4),
    target: 3,
  },
  {
    name: "graph(filter: {planId})",
    field: "graph",
    query: GRAPH,
    variables: (c) => ({ filter: { planId: c.planId, limit: 2000 } }),
    floor: (c) => graphFloor(c.db, c.planId, 2000),
  },
  {
    name: "graph(filter: {limit: 2000}) (whole graph)",
    field: "graph",
    query: GRAPH,
    variables: () => ({ filter: { limit: 2000 } }),
    floor: (c) => graphFloor(c.db, null, 2000),
  },
];

export const STAGES = { quick: [1_000, 10_000], full: [1_000, 10_000, 100_000] };

/** How long the bench waits for one API answer in the growth cases before it calls the API process stuck. */
export const GROWTH_DEADLINE_MS = 30_000;

export async function runGrowth(
  ctx: BenchContext,
  afterStage: (nodes: number) => Promise<void>,
): Promise<ImportTotals> {
  // The API under growth runs in its own process: an answer that blocks it (README, "Performance")
  // must not block the bench. A stuck process is killed and replaced.
  let api = await startApiProcess(ctx.uri);
  try {
    return await grow(
      ctx,
      afterStage,
      () => api.url,
      async () => {
        await stopApiProcess(api, true);
        api = await startApiProcess(ctx.uri);
      },
    );
  } finally {
    await stopApiProcess(api, true);
  }
}

async function grow(
  ctx: BenchContext,
  afterStage: (nodes: number) => Promise<void>,
  apiUrl: () => string,
  replaceApi: () => Promise<void>,
): Promise<ImportTotals> {
  const stages = ctx.options.quick ? STAGES.quick : STAGES.full;
  const totals = newTotals();
  await warmImport(ctx.db);
  const results: Record<string, Record<number, Record<string, Summary>>> = {};
  const missing: Record<string, string | null> = {};
  const errors: Record<string, Record<number, string>> = {};
  const sizes: number[] = [];
  for (const stage of stages) {
    await importTo(ctx.db, stage, totals);
    sizes.push(totals.nodes);
    ctx.log(`growth: ${totals.nodes} nodes, ${totals.relationships} relationships`);
    await afterStage(stage);
    for (const c of CASES) {
      const vars = c.variables(ctx);
      // Asked once, at the first size: `??=` would ask again whenever the answer was null.
      if (!(c.name in missing)) missing[c.name] = await missingReason(apiUrl(), ctx.fields, c.field, c.query, vars);
      const contenders: Contender[] = [{ name: "floor", run: () => c.floor(ctx) }];
      // An API error (e.g. the transaction timeout) is recorded once; the API is not asked again at this size.
      let apiError: string | null = null;
      if (!missing[c.name]) {
        contenders.push({
          name: "API",
          run: async () => {
            if (apiError) return;
            const t = performance.now();
            await gqlOk(apiUrl(), c.query, vars, GROWTH_DEADLINE_MS).catch((error: unknown) => {
              const seconds = ((performance.now() - t) / 1000).toFixed(0);
              apiError =
                error instanceof Error && error.name === "TimeoutError"
                  ? `no answer in ${seconds} s`
                  : `${error instanceof Error ? error.message.slice(0, 100) : String(error)} after ${seconds} s`;
            });
          },
        });
      }
      const caseStarted = performance.now();
      const summary = await interleaved(contenders, {
        warmup: 5,
        reps: ctx.options.quick ? 15 : 40,
        maxMs: ctx.options.quick ? 4_000 : 10_000,
        slowMs: 2_000,
      });
      if (apiError) {
        delete summary.API;
        await replaceApi();
        (errors[c.name] ??= {})[totals.nodes] = apiError;
        ctx.log(`growth: ${c.name} at ${totals.nodes} nodes: API error ${apiError}`);
      }
      (results[c.name] ??= {})[totals.nodes] = summary;
      ctx.log(
        `growth: ${c.name} at ${totals.nodes} nodes measured in ${((performance.now() - caseStarted) / 1000).toFixed(0)} s`,
      );
    }
  }
  ctx.raw.growth = { sizes, results, missing, errors };
  const label = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));
  for (const c of CASES) {
    for (const who of ["floor", "API"]) {
      const perSize = sizes.map((n) => results[c.name]?.[n]?.[who]);
      if (who === "API" && missing[c.name]) {
        ctx.rows.push({
          section: "growth",
          case: c.name,
          measure: "API p50 / p95 (ms)",
          value: "",
          ratio: null,
          target: c.target ? `p95 ≤ ${c.target}x` : "",
          verdict: missing[c.name]!,
        });
        continue;
      }
      const first = perSize[0];
      const last = perSize.at(-1);
      const r = first && last ? last.p95 / first.p95 : null;
      const failed = who === "API" ? (errors[c.name] ?? {}) : {};
      const value = sizes
        .map(
          (n, i) =>
            `${label(n)}: ${failed[n] ? `error (${failed[n]})` : `${ms(perSize[i]?.p50 ?? NaN)} / ${ms(perSize[i]?.p95 ?? NaN)}`}`,
        )
        .join(" · ");
      const target = who === "API" && c.target ? `p95 ${label(sizes.at(-1)!)}/${label(sizes[0]!)} ≤ ${c.target}x` : "";
      const outcome = Object.keys(failed).length
        ? "missed (errors)"
        : target && r !== null
          ? verdict(r <= c.target!)
          : "";
      ctx.rows.push({
        section: "growth",
        case: c.name,
        measure: `${who} p50 / p95 (ms)`,
        value,
        ratio: r,
        target,
        verdict: outcome,
      });
    }
  }
  const perPlan = rate(totals.byMode["per-plan"]);
  const batched = rate(totals.byMode.batched);
  ctx.raw.import = totals;
  ctx.rows.push({
    section: "import",
    case: `synthetic plans to ${totals.nodes} nodes / ${totals.relationships} rels`,
    measure: "per-plan (loadPlanGraph) el/s",
    value: Number.isFinite(perPlan) ? Math.round(perPlan).toString() : "-",
    ratio: null,
    target: "≥ 10000 el/s",
    verdict: Number.isFinite(perPlan) ? verdict(perPlan >= 10_000) : "n/a (too small)",
  });
  ctx.rows.push({
    section: "import",
    case: "same run, alternate chunks",
    measure: "batched (graph/synthetic) el/s",
    value: Math.round(batched).toString(),
    ratio: Number.isFinite(perPlan) ? batched / perPlan : null,
    target: "≥ 10000 el/s",
    verdict: verdict(batched >= 10_000),
  });
  return totals;
}
