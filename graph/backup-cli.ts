/**
 * `npm run backup -- export <planId> [file.json]` and
 * `npm run backup -- restore <file.json> [--force]`: a whole plan as JSON, against the
 * running local Neo4j (or one started for the command), or NEO4J_URI. A restore is checked
 * completely before anything is written, and is recorded in the audit trail.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { readNeo4jSettings } from "./config.js";
import { openGraph } from "./connect.js";
import { ConfigError } from "./errors.js";
import { exportPlan, parseBackup, restorePlan } from "./repositories/backup.repository.js";

const USAGE = "Usage: npm run backup -- export <planId> [file.json] | restore <file.json> [--force]";

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false } },
  });
  const [command, arg, out] = positionals;
  if ((command !== "export" && command !== "restore") || !arg) throw new ConfigError(USAGE);
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
  const graph = await openGraph(readNeo4jSettings(), {});
  try {
    if (backup) {
      const actor = { id: `cli:${userInfo().username}`, role: "admin" };
      const counts = await restorePlan(graph.db, backup, { actor, force: values.force, source: arg });
      console.error(
        `Restored plan ${backup.planId}: ${counts.nodes} nodes, ${counts.edges} relationships (replaced ${counts.replacedNodes} nodes, ${counts.replacedEdges} relationships).`,
      );
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
