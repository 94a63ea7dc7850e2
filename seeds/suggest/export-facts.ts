/**
 * The reviewed facts of a plan as stored in the graph -> a facts file (seeds/*.facts.yaml
 * format) that, loaded with the plan, gives the same graph: systems with their owner,
 * organisations with their unit, milestones with what they follow, every curated edge with
 * its evidence and section; detections the graph does not hold become `ignoreDetected`,
 * status outcomes read differently from the parser become `statusOutcomes`. Pure.
 */
import { stringify } from "yaml";
import type { PlanFactRows } from "../../graph/repositories/suggestion.repository.js";
import { detectSystemUses } from "../facts/detect-systems.js";
import { createEvidenceIndex } from "../facts/evidence.js";
import { buildRefTable } from "../facts/refs.js";
import type { Facts } from "../facts/schema.js";
import { sectionFinder } from "../facts/sections.js";
import { parsePlanDocument } from "../parser/parse-plan.js";
import { slugify } from "../../graph/stored.js";

const DECLARED = new Set(["RESPONSIBLE_FOR", "HAS_UNIT", "FOLLOWS"]);

const localId = (planId: string, id: string) => id.split(":").at(-1) ?? id.slice(planId.length + 1);

export function exportFacts(input: {
  planId: string;
  file: string;
  municipality: string;
  markdown: string;
  rows: PlanFactRows;
}): Facts {
  const { planId, rows } = input;
  const byKind = (kind: string) => rows.nodes.filter((n) => n.kind === kind);
  const str = (v: unknown) => (typeof v === "string" ? v : "");
  const facts: Facts = {
    plan: { id: planId, file: input.file, municipality: input.municipality },
    systems: [],
    organisations: [],
    milestones: [],
    edges: [],
    ignoreDetected: [],
    statusOutcomes: [],
    ignore: [],
  };
  for (const n of byKind("Milestone")) {
    facts.milestones.push({
      id: localId(planId, n.id),
      name: str(n.name),
      date: str(n.date),
      endDate: (n.endDate as string | undefined) ?? null,
      dateText: str(n.dateText),
      precision: n.precision as Facts["milestones"][number]["precision"],
      timing: n.timing as Facts["milestones"][number]["timing"],
      section: str(n.source),
    });
  }
  for (const n of byKind("System"))
    facts.systems.push({
      id: localId(planId, n.id),
      name: str(n.name),
      category: n.category as Facts["systems"][number]["category"],
      aliases: (n.aliases as string[]) ?? [],
      description: str(n.description),
      section: str(n.source),
      owner: "none",
    });
  for (const n of byKind("Organisation"))
    facts.organisations.push({
      id: localId(planId, n.id),
      name: str(n.name),
      aliases: (n.aliases as string[]) ?? [],
      description: str(n.description),
      section: str(n.source),
    });
  const plan = parsePlanDocument(input.markdown, { planId, file: input.file });
  const refs = buildRefTable(plan, facts);
  const refOf = new Map([...refs.entries()].map(([ref, t]) => [t.id, ref]));
  const ref = (id: string) => {
    const r = refOf.get(id);
    if (!r) throw new Error(`No facts-file reference for node "${id}".`);
    return r;
  };
  for (const e of rows.edges.filter((x) => x.rel.origin === "curated")) {
    const evidence = str(e.rel.evidence);
    if (e.type === "RESPONSIBLE_FOR")
      Object.assign(
        facts.systems.find((s) => `system:${s.id}` === ref(e.to))!,
        { owner: ref(e.from), ownerEvidence: evidence },
      );
    else if (e.type === "HAS_UNIT")
      Object.assign(
        facts.organisations.find((o) => `org:${o.id}` === ref(e.to))!,
        { unitOf: ref(e.from), unitEvidence: evidence },
      );
    else if (e.type === "FOLLOWS")
      Object.assign(
        facts.milestones.find((m) => `milestone:${m.id}` === ref(e.from))!,
        { follows: ref(e.to), followsEvidence: evidence },
      );
    if (DECLARED.has(e.type)) continue;
    const home = refs.get(ref(e.from));
    const homeSection = home
      ? home.kind === "Initiative"
        ? home.section.replace(/ > [^>]*$/u, "")
        : home.section
      : "";
    const section = str(e.rel.section);
    const outside =
      homeSection !== "" &&
      section !== homeSection &&
      !section.startsWith(`${homeSection} > `) &&
      home?.kind !== "System" &&
      home?.kind !== "Organisation" &&
      home?.kind !== "Milestone";
    facts.edges.push({
      from: ref(e.from),
      type: e.type as Facts["edges"][number]["type"],
      to: ref(e.to),
      evidence,
      section,
      inferred: e.rel.inferred === true,
      ...(e.rel.inferred === true ? { reason: str(e.rel.reason) } : {}),
      crossSection: outside,
      ...(outside
        ? { crossSectionReason: "Kept as reviewed: the passage stands outside the node's own section." }
        : {}),
    });
  }
  // Detection on load adds USES edges for every named system: those the graph lacks were judged wrong.
  const stored = new Set(rows.edges.filter((e) => e.type === "USES").map((e) => `${e.from}|${e.to}`));
  const sectionOf = sectionFinder(plan, createEvidenceIndex(input.markdown));
  for (const d of detectSystemUses(plan, facts, { ignored: new Set(), sectionOf })) {
    if (!stored.has(`${d.from}|${d.to}`))
      facts.ignoreDetected.push({ from: ref(d.from), to: ref(d.to), reason: "Not in the reviewed graph." });
  }
  const parsed = new Map(
    plan.departments.flatMap((d) =>
      d.statusItems.map((s) => [refs.get(`status:${slugify(d.name)}/${s.ordinal}`)?.id, s] as const),
    ),
  );
  for (const n of byKind("StatusItem")) {
    const p = parsed.get(n.id);
    if (p && (p.outcome !== n.outcome || p.outcomeText.replace(/\s+/gu, " ").trim() !== str(n.outcomeText))) {
      facts.statusOutcomes.push({
        status: ref(n.id),
        outcome: n.outcome as Facts["statusOutcomes"][number]["outcome"],
        phrase: str(n.outcomeText),
      });
    }
  }
  return facts;
}

/** YAML with empty lists and default values left out, so the file reads like a hand-written one. */
export function factsYaml(facts: Facts): string {
  const clean = (o: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(o).filter(
        ([k, v]) =>
          !(Array.isArray(v) && v.length === 0 && k !== "aliases") &&
          v !== undefined &&
          !(k === "inferred" && v === false) &&
          !(k === "crossSection" && v === false) &&
          !(k === "endDate" && v === null),
      ),
    );
  const doc = {
    plan: facts.plan,
    systems: facts.systems.map(clean),
    organisations: facts.organisations.map(clean),
    milestones: facts.milestones.map(clean),
    edges: facts.edges.map(clean),
    ignoreDetected: facts.ignoreDetected,
    statusOutcomes: facts.statusOutcomes,
  };
  return `# Reviewed facts of ${facts.plan.id}, exported by \`npm run facts:export\`.\n${stringify(doc, { lineWidth: 0 })}`;
}
