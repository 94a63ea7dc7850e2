/**
 * `npm run backup -- export <planId> [file.json]` and `npm run backup -- restore <file.json>`:
 * a whole plan as JSON, against the local Neo4j or NEO4J_URI.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readNeo4jSettings } from "./config.js";
import { openGraph } from "./connect.js";
import { ConfigError } from "./errors.js";
import { exportPlan, parseBackup, restorePlan } from "./repositories/backup.repository.js";

async function main(): Promise<void> {
  const [command, arg, out] = process.argv.slice(2);
  if ((command !== "export" && command !== "restore") || !arg) {
    throw new ConfigError("Usage: npm run backup -- export <planId> [file.json] | restore <file.json>");
  }
  let backup;
  if (command === "restore") {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(arg, "utf8"));
    } catch (error) {
      throw new ConfigError(`${arg}: not readable JSON (${error instanceof Error ? error.message : String(error)}).`);
    }
    backup = parseBackup(json);
  }
  const graph = await openGraph(readNeo4jSettings(), { instance: "dev" });
  try {
    if (backup) {
      const counts = await restorePlan(graph.db, backup);
      console.error(`Restored plan ${backup.planId}: ${counts.nodes} nodes, ${counts.edges} relationships.`);
    } else {
      const dump = await exportPlan(graph.db, arg);
      if (dump.nodes.length === 0) throw new ConfigError(`There is no plan "${arg}" in the database.`);
      const text = `${JSON.stringify(dump, null, 1)}\n`;
      if (out) writeFileSync(out, text);
      else process.stdout.write(text);
      console.error(`Exported plan ${arg}: ${dump.nodes.length} nodes, ${dump.edges.length} relationships.`);
    }
  } finally {
    await graph.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
