/**
 * `npm run suggest:eval`: runs the suggester on each seed plan with no facts and scores it
 * against that plan's curated facts. The catalogue a plan gets is that of the plans of
 * earlier years only (the 2009 plan has none), as an import would. Prints precision and
 * recall per kind, then the misses and false hits; `--json` prints the scores as JSON.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCli } from "../../graph/cli-args.js";
import { loadFacts } from "../facts/load-facts.js";
import { buildRefTable } from "../facts/refs.js";
import type { Facts } from "../facts/schema.js";
import { parsePlanDocument } from "../parser/parse-plan.js";
import { catalogueOf } from "./catalogue.js";
import { EVAL_KINDS, scoreSuggestions, type KindScore } from "./score.js";
import { suggestFacts } from "./suggest.js";

const seeds = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export const EVAL_PLANS = [
  { planFile: "virksomhedsplan-2009.md", factsFile: "virksomhedsplan-2009.facts.yaml" },
  { planFile: "fixtures/solbjerg-tmf-2012.md", factsFile: "fixtures/solbjerg-tmf-2012.facts.yaml" },
];

function readFacts(file: string): Facts {
  const loaded = loadFacts(readFileSync(file, "utf8"), file);
  if (!loaded.ok) throw new Error(`${file}: ${loaded.issues[0]?.message}`);
  return loaded.facts;
}

export interface PlanEval {
  planId: string;
  year: number;
  catalogueFrom: string[];
  scores: KindScore[];
}

export function evaluate(plans = EVAL_PLANS): PlanEval[] {
  const loaded = plans.map((p) => {
    const markdown = readFileSync(path.join(seeds, p.planFile), "utf8");
    const facts = readFacts(path.join(seeds, p.factsFile));
    const plan = parsePlanDocument(markdown, { planId: facts.plan.id, file: p.planFile });
    return { markdown, facts, plan };
  });
  return loaded.map(({ markdown, facts, plan }) => {
    const earlier = loaded.filter((o) => o.plan.year < plan.year);
    const catalogue = earlier.flatMap((o) => catalogueOf(o.facts));
    const suggestions = suggestFacts({ plan, markdown, catalogue, municipality: facts.plan.municipality });
    const scores = scoreSuggestions(suggestions, facts, buildRefTable(plan, facts));
    return { planId: plan.planId, year: plan.year, catalogueFrom: earlier.map((o) => o.plan.planId), scores };
  });
}

const pct = (n: number) => n.toFixed(2);

export function formatTable(results: readonly PlanEval[]): string {
  const rows = ["| plan | kind | suggested | facts | precision | recall |", "|---|---|---:|---:|---:|---:|"];
  for (const r of results) {
    for (const s of r.scores)
      rows.push(`| ${r.planId} | ${s.kind} | ${s.suggested} | ${s.facts} | ${pct(s.precision)} | ${pct(s.recall)} |`);
  }
  return rows.join("\n");
}

const USAGE =
  "Usage: npm run suggest:eval [-- --json]\n" +
  "Scores the suggester against the seed plans' curated facts: precision and recall per kind, then misses and false hits.";

function main(): void {
  const { values } = parseCli({ options: { json: { type: "boolean", default: false } } }, USAGE);
  const results = evaluate();
  if (values.json) {
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  console.log(formatTable(results));
  for (const r of results) {
    console.log(`\n## ${r.planId} (catalogue: ${r.catalogueFrom.join(", ") || "none"})`);
    for (const kind of EVAL_KINDS) {
      const s = r.scores.find((x) => x.kind === kind)!;
      if (s.misses.length) console.log(`- ${kind} missed (${s.misses.length}): ${s.misses.join("; ")}`);
      if (s.falseHits.length) console.log(`- ${kind} false hits (${s.falseHits.length}): ${s.falseHits.join("; ")}`);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
