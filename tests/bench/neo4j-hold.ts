/** Development helper: keeps the bench Neo4j running until Ctrl-C (then point NEO4J_BENCH_URI at it). */
import { startBenchNeo4j } from "./lib/neo4j.js";

const neo4j = await startBenchNeo4j((line) => console.error(line));
console.error(`Holding ${neo4j.uri}; Ctrl-C stops it.`);
const stop = async () => {
  await neo4j.stop();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
setInterval(() => {}, 1 << 30);
