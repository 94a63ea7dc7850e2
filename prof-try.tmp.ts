import { connect } from "./tests/bench/lib/neo4j.ts";
import { generatePlan } from "./graph/synthetic/generate.ts";
import * as c from "./graph/cypher/plan-load.cypher.ts";
import { NODE_KINDS, REL_TYPES } from "./graph/model.ts";
import { edgeKey } from "./graph/repositories/plan-load.repository.ts";
const db = connect("bolt://127.0.0.1:7692");
for (const idx of [500, 501, 502]) {
  const g = generatePlan(idx);
  const t: Record<string, number> = {};
  const time = async (k: string, f: () => Promise<unknown>) => { const s = performance.now(); await f(); t[k] = (t[k] ?? 0) + performance.now() - s; };
  const start = performance.now();
  await db.write("x", async (tx) => {
    for (const kind of NODE_KINDS) { const rows = g.nodes.filter(n => n.kind === kind).map(n => ({ id: n.id, props: { ...n, aliases: undefined, mainTasks: undefined } as any })); for (const r of rows) for (const k of Object.keys(r.props)) if (r.props[k] === undefined || r.props[k] === null) delete r.props[k]; if (rows.length) await time("nodes", () => tx.run(c.mergeNodes(kind), { rows })); }
    for (const type of REL_TYPES) { const rows = g.edges.filter(e => e.type === type).map(e => ({ from: e.from, to: e.to, props: { key: edgeKey(e), evidence: e.evidence } })); if (rows.length) await time("edges", () => tx.run(c.mergeEdges(type), { rows })); }
    await time("pruneEdges", () => tx.run(c.pruneEdges, { planId: g.planId, keys: g.edges.map(edgeKey) }));
    await time("pruneNodes", () => tx.run(c.pruneNodes, { planId: g.planId, ids: g.nodes.map(n => n.id) }));
  });
  console.log(idx, g.nodes.length + g.edges.length, "elements", Object.fromEntries(Object.entries(t).map(([k, v]) => [k, v.toFixed(0)])), "total", (performance.now() - start).toFixed(0));
}
// profile prune edges
const g = generatePlan(502);
await db.read("p", async (tx) => { const rows = await tx.run("PROFILE " + c.pruneEdges.replace("DELETE r", "WITH r").replace("count(*)", "count(r)"), { planId: g.planId, keys: g.edges.map(edgeKey) }); console.log(rows.length); });
await db.close();
