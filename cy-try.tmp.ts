import neo4j from "neo4j-driver";
const driver = neo4j.driver("bolt://127.0.0.1:7692", undefined, { disableLosslessIntegers: true });
const T = "DEPENDS_ON|USES|PART_OF|INVOLVES|HAS_MILESTONE|HAS_INITIATIVE";
const id = "syn-000-lyngbyby-2009:system:opus";
const variants: Record<string, string> = {
  minlen: `MATCH (root:Entity {id: $id}) MATCH p = (n:Entity)-[:${T}*1..6]->(root) WHERE length(p) <= $depth RETURN n.id AS id, min(length(p)) AS depth`,
  full: `MATCH (root:Entity {id: $id})
CALL (root) { MATCH p = ANY SHORTEST (n:Entity)-[:${T}]->{1,6}(root) WHERE length(p) <= $depth RETURN n, length(p) AS depth }
WITH root, collect(n) AS ns, collect({id: n.id, name: n.name, kind: n.kind, depth: depth}) AS nodes
UNWIND ns AS a
MATCH (a)-[e:${T}]->(b) WHERE b = root OR b IN ns
RETURN nodes, collect({from: a.id, to: b.id, type: type(e), evidence: e.evidence, section: e.section}) AS edges`,
  distinct: `MATCH (root:Entity {id: $id}) MATCH (n:Entity)-[:${T}*1..6]->(root) RETURN DISTINCT n.id AS id`,
  shortest: `MATCH (root:Entity {id: $id}) MATCH p = ANY SHORTEST (n:Entity)-[:${T}]->{1,6}(root) WHERE length(p) <= $depth RETURN n.id AS id, length(p) AS depth`,
};
function ops(plan: any, out: string[] = [], indent = 0): string[] { out.push(" ".repeat(indent) + plan.operatorType + " rows=" + plan.rows + " hits=" + plan.dbHits + (plan.arguments?.Details ? " " + String(plan.arguments.Details).slice(0, 100) : "")); for (const c of plan.children) ops(c, out, indent + 2); return out; }
for (const depth of [4, 6]) for (const [name, q] of Object.entries(variants)) {
  const s = driver.session();
  try {
    for (let i = 0; i < 5; i++) await s.run(q, { id, depth: neo4j.int(depth) });
    const t = performance.now(); let rows = 0;
    for (let i = 0; i < 10; i++) rows = (await s.run(q, { id, depth: neo4j.int(depth) })).records.length;
    const ms = (performance.now() - t) / 10;
    const r = await s.run("PROFILE " + q, { id, depth: neo4j.int(depth) });
    console.log(`== ${name} depth ${depth}: ${rows} rows ${ms.toFixed(1)} ms`);
    console.log(ops(r.summary.profile).join("\n"));
  } catch (e) { console.log(name, depth, String(e).slice(0, 300)); } finally { await s.close(); }
}
await driver.close();
