import neo4j from "neo4j-driver";
import * as c from "./tests/bench/floor.cypher.ts";
const driver = neo4j.driver("bolt://127.0.0.1:7692", undefined, { disableLosslessIntegers: true });
function ops(plan: any, out: string[] = [], indent = 0): string[] { out.push(" ".repeat(indent) + plan.operatorType + " rows=" + plan.rows + " hits=" + plan.dbHits + (plan.arguments?.Details ? " " + String(plan.arguments.Details).slice(0, 90) : "")); for (const ch of plan.children) ops(ch, out, indent + 2); return out; }
const s = driver.session();
for (const [name, q, p] of [["all", c.graphOfAll, { limit: 2000 }], ["plan", c.graphOfPlan, { planId: "syn-000-lyngbyby-2009", limit: 2000 }]] as const) {
  for (let i = 0; i < 3; i++) { const t = performance.now(); const r = await s.run(q, p); console.log(name, r.records.length, (performance.now() - t).toFixed(1), "ms", "server", r.summary.resultAvailableAfter.toString(), r.summary.resultConsumedAfter.toString()); }
  const r = await s.run("PROFILE " + q, p); console.log(ops(r.summary.profile).join("\n"));
}
await s.close(); await driver.close();
