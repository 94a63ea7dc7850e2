/**
 * Peer: the nested listing through @neo4j/graphql (one generated Cypher query per request)
 * and through Plangraf, on the same Neo4j and data, under the same bounded loopback load
 * (autocannon in a child process). Rounds alternate between the two servers.
 */
import type { BenchContext } from "../context.js";
import { nestedFloor } from "../floor.js";
import { gqlOk, missingReason } from "../lib/api.js";
import { canonical } from "../lib/canonical.js";
import { combine, runLoad, type LoadResult } from "../lib/load.js";
import { startPeer } from "../peer/neo4j-graphql.js";
import { NESTED, NESTED_PEER } from "../queries.graphql.js";
import { verdict } from "../report.js";

export const PEER_LOAD = { connections: 10, quick: { rounds: 1, seconds: 3 }, full: { rounds: 2, seconds: 5 } };

export async function runPeer(ctx: BenchContext): Promise<void> {
  const vars = { planId: ctx.planId };
  const peer = await startPeer(ctx.uri);
  try {
    const floor = canonical(await nestedFloor(ctx.db, ctx.planId));
    const peerAnswer = await gqlOk<{ departments: unknown }>(peer.url, NESTED_PEER, vars);
    const peerSame = canonical(peerAnswer.data?.departments) === floor;
    const missing = await missingReason(ctx.api.url, ctx.fields, "departments", NESTED, vars);
    let plangrafSame: boolean | null = null;
    if (!missing)
      plangrafSame =
        canonical((await gqlOk<{ departments: unknown }>(ctx.api.url, NESTED, vars)).data?.departments) === floor;
    const { rounds, seconds } = ctx.options.quick ? PEER_LOAD.quick : PEER_LOAD.full;
    const runs: { peer: LoadResult[]; plangraf: LoadResult[] } = { peer: [], plangraf: [] };
    // A short warm-up for each (JIT, connection pools), not counted.
    await runLoad(peer.url, NESTED_PEER, vars, PEER_LOAD.connections, 2);
    if (!missing) await runLoad(ctx.api.url, NESTED, vars, PEER_LOAD.connections, 2);
    for (let i = 0; i < rounds; i++) {
      const order = i % 2 === 0 ? (["peer", "plangraf"] as const) : (["plangraf", "peer"] as const);
      for (const who of order) {
        if (who === "plangraf" && missing) continue;
        runs[who].push(
          await runLoad(
            who === "peer" ? peer.url : ctx.api.url,
            who === "peer" ? NESTED_PEER : NESTED,
            vars,
            PEER_LOAD.connections,
            seconds,
          ),
        );
      }
    }
    const p = combine(runs.peer);
    const load = `${PEER_LOAD.connections} connections x ${rounds * seconds} s`;
    ctx.rows.push({
      section: "peer",
      case: "nested listing",
      measure: `@neo4j/graphql 7.6 req/s (${load})`,
      value: `${p.rps.toFixed(0)} req/s, p50 ${p.latencyP50} ms, p99 ${p.latencyP99} ms, errors ${p.errors + p.non2xx}${peerSame ? "" : ", ANSWER DIFFERS from raw Cypher"}`,
      ratio: null,
      target: "",
      verdict: "",
    });
    if (missing) {
      ctx.rows.push({
        section: "peer",
        case: "nested listing",
        measure: `Plangraf req/s (${load})`,
        value: "",
        ratio: null,
        target: "≥ 1.2x peer",
        verdict: missing,
      });
    } else {
      const q = combine(runs.plangraf);
      const r = q.rps / p.rps;
      ctx.rows.push({
        section: "peer",
        case: "nested listing",
        measure: `Plangraf req/s (${load})`,
        value: `${q.rps.toFixed(0)} req/s, p50 ${q.latencyP50} ms, p99 ${q.latencyP99} ms, errors ${q.errors + q.non2xx}${plangrafSame ? "" : ", ANSWER DIFFERS from raw Cypher"}`,
        ratio: r,
        target: "≥ 1.2x peer",
        verdict: verdict(r >= 1.2),
      });
    }
    ctx.raw.peer = { runs, peerSame, plangrafSame, missing };
  } finally {
    await peer.stop();
  }
}
