/**
 * `npm run facts:export -- <planId> [<out.yaml>]`: writes the plan's reviewed facts from the
 * graph in the facts-file format (stdout without a file). The plan's text comes from its
 * import (PlanSource) or, for a seed or fixture plan, from the plan file next to its facts.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { exitOnError, parseCli, UsageError } from "../../graph/cli-args.js";
import { readNeo4jSettings } from "../../graph/config.js";
import { openGraph } from "../../graph/connect.js";
import { ConfigError } from "../../graph/errors.js";
import type { GraphDb } from "../../graph/driver.js";
import { createCliLogger, type Logger } from "../../graph/logger.js";
import { planFacts, planSource } from "../../graph/repositories/suggestion.repository.js";
import { loadFacts } from "../facts/load-facts.js";
import { exportFacts, factsYaml } from "./export-facts.js";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A seed or fixture plan: its Markdown and municipality, found by its facts file's plan id. */
function seedSource(planId: string): { file: string; markdown: string; municipality: string } | null {
  for (const dir of [seeds, path.join(seeds, "fixtures")]) {
    for (const name of readdirSync(dir).filter((f) => f.endsWith(".facts.yaml"))) {
      const loaded = loadFacts(readFileSync(path.join(dir, name), "utf8"), name);
      if (!loaded.ok || loaded.facts.plan.id !== planId) continue;
      const file = loaded.facts.plan.file;
      return {
        file,
        markdown: readFileSync(path.join(dir, file), "utf8"),
        municipality: loaded.facts.plan.municipality,
      };
    }
  }
  return null;
}

export async function exportPlanFacts(db: GraphDb, planId: string): Promise<string> {
  const source = (await planSource(db, planId)) ?? seedSource(planId);
  if (!source) throw new ConfigError(`No plan text for "${planId}": import it with \`npm run import\` first.`);
  const rows = await planFacts(db, planId);
  if (rows.nodes.length === 0 && rows.edges.length === 0)
    throw new ConfigError(`Plan "${planId}" is not in the database.`);
  return factsYaml(exportFacts({ planId, ...source, rows }));
}

const USAGE =
  "Usage: npm run facts:export -- <planId> [<out.yaml>]\n" +
  "Writes the plan's reviewed facts in the facts-file format (to stdout without a file).";

async function main(log: Logger): Promise<void> {
  const [planId, out] = parseCli({ options: {}, allowPositionals: true }, USAGE, ({ positionals }) => {
    if (positionals.length < 1 || positionals.length > 2)
      throw new UsageError(`Expected a plan id and an optional file, got ${positionals.length} argument(s).`);
    return positionals as [string, string?];
  });
  const graph = await openGraph(readNeo4jSettings(), { instance: "dev", log: (line) => log.info(line) });
  try {
    const yaml = await exportPlanFacts(graph.db, planId);
    if (out) {
      writeFileSync(out, yaml);
      console.log(`Wrote the reviewed facts of ${planId} to ${out}.`);
    } else process.stdout.write(yaml);
  } finally {
    await graph.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const log = createCliLogger("facts:export");
  main(log).catch(exitOnError(log));
}
