/**
 * Past one machine, what can be checked on one: the driver's routing scheme (neo4j://)
 * against the local single server (reads and writes), and two API processes side by side
 * on one Neo4j (the API is stateless: same answers, load spread over both, no errors).
 */
import type { BenchContext } from "../context.js";
import { nestedFloor } from "../floor.js";
import { gqlOk, missingReason } from "../lib/api.js";
import { startApiProcess, stopApiProcess } from "../lib/api-process.js";
import { canonical } from "../lib/canonical.js";
import { runLoad } from "../lib/load.js";
import { interleaved } from "../lib/measure.js";
import { connect } from "../lib/neo4j.js";
import { ms } from "../lib/stats.js";
import { NESTED } from "../queries.graphql.js";

export async function runScaleOut(ctx: BenchContext): Promise<void> {
  // 1. neo4j:// against the single local server: the driver asks it for a routing table.
  const routed = connect(ctx.uri.replace(/^bolt:/, "neo4j:"), 30_000);
  try {
    const marker = `bench-routing-${process.pid}`;
    await routed.write("bench-routing-write", (tx) => tx.run("CREATE (:BenchMarker {id: $marker})", { marker }));
    const [row] = await routed.read("bench-routing-read", (tx) =>
      tx.run<{ n: number }>("MATCH (m:BenchMarker {id: $marker}) RETURN count(m) AS n", { marker }),
    );
    await routed.write("bench-routing-clean", (tx) =>
      tx.run("MATCH (m:BenchMarker {id: $marker}) DELETE m", { marker }),
    );
    const s = await interleaved(
      [
        { name: "bolt", run: () => nestedFloor(ctx.db, ctx.planId) },
        { name: "neo4j", run: () => nestedFloor(routed, ctx.planId) },
      ],
      { warmup: 5, reps: 30, maxMs: 5_000 },
    );
    const ok = row?.n === 1;
    ctx.rows.push({
      section: "past one machine",
      case: "neo4j:// routing URI, local single server",
      measure: "write + read back; nested listing p50 bolt:// vs neo4j://",
      value: `${ok ? "works" : "FAILED"}; ${ms(s.bolt!.p50)} vs ${ms(s.neo4j!.p50)} ms`,
      ratio: s.neo4j!.p50 / s.bolt!.p50,
      target: "works",
      verdict: ok ? "met" : "missed",
    });
    ctx.raw.routing = { ok, bolt: s.bolt, neo4j: s.neo4j };
  } finally {
    await routed.close();
  }

  // 2. Two API processes on one Neo4j.
  const vars = { planId: ctx.planId };
  const query = (await missingReason(ctx.api.url, ctx.fields, "departments", NESTED, vars))
    ? "{ plans { id name year } }"
    : NESTED;
  const a = await startApiProcess(ctx.uri);
  const b = await startApiProcess(ctx.uri);
  try {
    const [ra, rb] = await Promise.all([gqlOk(a.url, query, vars), gqlOk(b.url, query, vars)]);
    const same = canonical(ra.data) === canonical(rb.data);
    const seconds = ctx.options.quick ? 3 : 5;
    const single = await runLoad(a.url, query, vars, 10, seconds);
    const [la, lb] = await Promise.all([
      runLoad(a.url, query, vars, 5, seconds),
      runLoad(b.url, query, vars, 5, seconds),
    ]);
    const errors = single.errors + single.non2xx + la.errors + la.non2xx + lb.errors + lb.non2xx;
    const both = la.rps + lb.rps;
    ctx.rows.push({
      section: "past one machine",
      case: `two API processes, one Neo4j (${query === NESTED ? "nested listing" : "plans"})`,
      measure: `req/s: one process (10 conn) vs two (5 conn each), ${seconds} s`,
      value: `${single.rps.toFixed(0)} vs ${la.rps.toFixed(0)} + ${lb.rps.toFixed(0)} = ${both.toFixed(0)}; answers ${same ? "identical" : "DIFFER"}; errors ${errors}`,
      ratio: both / single.rps,
      target: "same answers, no errors",
      verdict: same && errors === 0 ? "met" : "missed",
    });
    ctx.raw.twoProcesses = { same, single, a: la, b: lb };
  } finally {
    await Promise.all([stopApiProcess(a), stopApiProcess(b)]);
  }
}
