/**
 * `npm run backup -- export <planId> [file.json]` and
 * `npm run backup -- restore <file.json> [--force]`: a whole plan as JSON, against the
 * running local Neo4j (or one started for the command), or NEO4J_URI. A restore is checked
 * completely before anything is written, and is recorded in the audit trail. The export
 * without a file is the only thing on stdout; what happened is logged on stderr.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { userInfo } from "node:os";
import { exitOnError, parseCli, UsageError } from "./cli-args.js";
import { readNeo4jSettings } from "./config.js";
import { openGraph } from "./connect.js";
import { ConfigError } from "./errors.js";
import { createCliLogger } from "./logger.js";
import { exportPlan, parseBackup, restorePlan } from "./repositories/backup.repository.js";

const USAGE =
  "Usage: npm run backup -- export <planId> [file.json] | restore <file.json> [--force]\n" +
  "--force: restore also when the backup holds less than half of the plan in the database.";

const log = createCliLogger("backup");

const { command, arg, out, force } = parseCli(
  { options: { force: { type: "boolean", default: false } }, allowPositionals: true },
  USAGE,
  ({ values, positionals }) => {
    const [command, arg, out, ...rest] = positionals;
    if (command !== "export" && command !== "restore")
      throw new UsageError(command ? `Unknown command "${command}".` : "A command is required: export or restore.");
    if (!arg) throw new UsageError(`${command} needs ${command === "export" ? "a plan id" : "a backup file"}.`);
    if ((command === "restore" && out) || rest.length > 0)
      throw new UsageError(`Unexpected argument "${command === "restore" ? out : rest[0]}".`);
    return { command, arg, out, force: values.force };
  },
);

async function main(): Promise<void> {
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
  const graph = await openGraph(readNeo4jSettings(), { log: (line) => log.info(line) });
  try {
    if (backup) {
      const actor = { id: `cli:${userInfo().username}`, role: "admin" };
      const counts = await restorePlan(graph.db, backup, { actor, force, source: arg });
      log.info(
        { event: "restored", planId: backup.planId, ...counts },
        `Restored plan ${backup.planId}: ${counts.nodes} nodes, ${counts.edges} relationships (replaced ${counts.replacedNodes} nodes, ${counts.replacedEdges} relationships).`,
      );
    } else {
      const dump = await exportPlan(graph.db, arg);
      if (dump.nodes.length === 0) throw new ConfigError(`There is no plan "${arg}" in the database.`);
      const text = `${JSON.stringify(dump, null, 1)}\n`;
      if (out) writeFileSync(out, text);
      else process.stdout.write(text);
      log.info(
        { event: "exported", planId: arg, nodes: dump.nodes.length, edges: dump.edges.length },
        `Exported plan ${arg}: ${dump.nodes.length} nodes, ${dump.edges.length} relationships.`,
      );
    }
  } finally {
    await graph.close();
  }
}

main().catch(exitOnError(log));
