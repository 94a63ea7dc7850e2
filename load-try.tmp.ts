import { connect } from "./tests/bench/lib/neo4j.ts";
import { generatePlans, planRangeForNodes } from "./graph/synthetic/generate.ts";
import { loadSynthetic, countAll } from "./graph/synthetic/load.ts";
const db = connect("bolt://127.0.0.1:7692");
let at = (await countAll(db)).nodes; // 10k loaded
let idx = planRangeForNodes(at).count;
for (const [mode, batch] of [["batched", 5000], ["batched", 20000], ["per-plan", 0], ["batched", 50000], ["batched", 20000], ["per-plan", 0]] as const) {
  const rep = await loadSynthetic(db, generatePlans(idx, idx + 20), { mode, batchElements: batch });
  idx += 20;
  console.log(mode, batch, Math.round(rep.elementsPerSecond), "el/s", rep.nodes + rep.relationships);
}
console.log(await countAll(db));
await db.close();
