const t = Date.now();
const { SEED_PLANS } = await import("./seeds/seed-plans.ts");
console.log("imported", Date.now() - t);
const { buildPlanGraph } = await import("./seeds/build-plan-graph.ts");
const g = await buildPlanGraph(SEED_PLANS[0]!);
console.log(g.nodes.length, g.edges.length, Date.now() - t);
