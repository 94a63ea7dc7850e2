import { connect } from "./tests/bench/lib/neo4j.ts";
import { impactFloor, nestedFloor, graphFloor, hubSystem } from "./tests/bench/floor.ts";
const db = connect("bolt://127.0.0.1:7692");
const plan = "syn-000-lyngbyby-2009";
const hub = await hubSystem(db, plan); console.log("hub", hub);
for (const d of [1, 2, 4, 6]) { const t = performance.now(); const r = await impactFloor(db, hub, d); console.log("impact", d, r.nodes.length, r.edges.length, r.nodes.filter(n => n.via.length === 0).length, "without via", (performance.now() - t).toFixed(1)); }
let t = performance.now(); const n = await nestedFloor(db, plan); console.log("nested", n.length, JSON.stringify(n).length, (performance.now() - t).toFixed(1));
t = performance.now(); let g = await graphFloor(db, plan, 2000); console.log("graph plan", g.totalNodes, g.nodes.length, g.edges.length, (performance.now() - t).toFixed(1));
for (let i = 0; i < 3; i++) { t = performance.now(); g = await graphFloor(db, null, 2000); console.log("graph all", g.totalNodes, g.nodes.length, g.edges.length, (performance.now() - t).toFixed(1)); }
await db.close();
