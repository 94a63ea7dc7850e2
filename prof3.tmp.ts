import neo4j from "neo4j-driver";
import * as ic from "./graph/cypher/impact.cypher.ts";
import * as fc from "./tests/bench/floor.cypher.ts";
const driver = neo4j.driver("bolt://127.0.0.1:7692", undefined, { disableLosslessIntegers: true });
const hub = "syn-000-lyngbyby-2009:system:opus";
function total(plan: any): number { return plan.dbHits + plan.children.reduce((s: number, c: any) => s + total(c), 0); }
function ops(plan: any, out: string[] = [], indent = 0): string[] { out.push(" ".repeat(indent) + plan.operatorType + " rows=" + plan.rows + " hits=" + plan.dbHits + (plan.arguments?.Details ? " " + String(plan.arguments.Details).replace(/\s+/g, " ").slice(0, 110) : "")); for (const ch of plan.children) ops(ch, out, indent + 2); return out; }
const s = driver.session();
for (const [name, q, p] of [["api closure", ic.closure("downstream"), { id: hub, cap: neo4j.int(5000) }], ["floor", fc.impact, { id: hub, depth: neo4j.int(4) }]] as const) {
  const r = await s.run(q, p);
  const size = JSON.stringify(r.records.map((x) => x.toObject())).length;
  const pr = await s.run("PROFILE " + q, p);
  console.log(`== ${name}: result ${size} bytes, total dbHits ${total(pr.summary.profile)}`);
  console.log(ops(pr.summary.profile).slice(0, 30).join("\n"));
}
await s.close(); await driver.close();
