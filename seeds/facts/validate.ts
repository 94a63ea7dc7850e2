/**
 * Checks a facts file against its plan and collects every problem (never stops at the
 * first): references resolve, endpoints fit the relationship type (graph/relations.ts),
 * every edge quotes the plan, evidence and written dates are passages of the plan, curated
 * names occur in the plan, every system names its owner or says the plan names none, and
 * there are no duplicate ids, aliases, edges (a symmetric edge read either way is one) or
 * self-edges.
 */
import path from "node:path";
import type { ParsedPlan } from "../parser/types.js";
import { relation } from "../../graph/relations.js";
import type { ValidationIssue } from "./errors.js";
import { quote } from "./errors.js";
import type { EvidenceIndex } from "./evidence.js";
import type { FactsSource } from "./load-facts.js";
import { mentionFinder } from "./mentions.js";
import { sectionFinder } from "./sections.js";
import { suggestRefs, type RefTarget } from "./refs.js";
import type { FactEdge, Facts } from "./schema.js";

export interface ValidationInput {
  plan: ParsedPlan;
  planText: string;
  planFile: string;
  facts: Facts;
  source: FactsSource;
  refs: ReadonlyMap<string, RefTarget>;
  evidence: EvidenceIndex;
}

function checkIdsAndNames(input: ValidationInput, issues: ValidationIssue[]): void {
  const { facts, source, planText } = input;
  const aliasOwner = new Map<string, string>();
  const lists = [
    ["systems", facts.systems],
    ["organisations", facts.organisations],
    ["milestones", facts.milestones],
  ] as const;
  for (const [list, items] of lists) {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const first = seen.get(item.id);
      if (first !== undefined)
        issues.push(source.issue([list, i, "id"], `duplicate id "${item.id}" (first at ${list}[${first}])`));
      else seen.set(item.id, i);
      if (!("aliases" in item)) return;
      item.aliases.forEach((alias, a) => {
        const key = alias.toLowerCase();
        const owner = aliasOwner.get(key);
        const me = `${list}[${i}] ${item.id}`;
        if (owner && owner !== me)
          issues.push(source.issue([list, i, "aliases", a], `alias "${alias}" also names ${owner}`));
        else aliasOwner.set(key, me);
      });
      if (mentionFinder([item])(planText).length === 0) {
        issues.push(
          source.issue([list, i, "name"], `neither the name nor an alias of "${item.id}" occurs in the plan text`),
        );
      }
    });
  }
  facts.milestones.forEach((m, i) => {
    if (!input.evidence.contains(m.dateText))
      issues.push(source.issue(["milestones", i, "dateText"], `not found in the plan text: ${quote(m.dateText)}`));
  });
}

function resolve(
  input: ValidationInput,
  ref: string,
  at: Array<string | number>,
  issues: ValidationIssue[],
): RefTarget | null {
  const target = input.refs.get(ref);
  if (target) return target;
  const hints = suggestRefs(input.refs, ref);
  issues.push(
    input.source.issue(at, `unknown reference "${ref}"${hints.length ? ` (did you mean ${hints.join(", ")}?)` : ""}`),
  );
  return null;
}

function checkEdges(input: ValidationInput, issues: ValidationIssue[]): void {
  const { facts, source } = input;
  const seen = new Map<string, number>();
  facts.edges.forEach((edge, i) => {
    const from = resolve(input, edge.from, ["edges", i, "from"], issues);
    const to = resolve(input, edge.to, ["edges", i, "to"], issues);
    const rule = relation(edge.type);
    if (from && !rule.from.includes(from.kind)) {
      issues.push(
        source.issue(
          ["edges", i, "from"],
          `${edge.type} cannot start at a ${from.kind} (allowed: ${rule.from.join(", ")})`,
        ),
      );
    }
    if (to && !rule.to.includes(to.kind)) {
      issues.push(
        source.issue(["edges", i, "to"], `${edge.type} cannot end at a ${to.kind} (allowed: ${rule.to.join(", ")})`),
      );
    }
    if (from && to && from.id === to.id)
      issues.push(source.issue(["edges", i, "to"], `self-edge: "${edge.from}" ${edge.type} itself`));
    if (from && to) {
      const [a, b] = rule.symmetric && to.id < from.id ? [to.id, from.id] : [from.id, to.id];
      const key = `${a}|${edge.type}|${b}`;
      const first = seen.get(key);
      if (first !== undefined)
        issues.push(
          source.issue(
            ["edges", i],
            `duplicate edge ${edge.from} -${edge.type}-> ${edge.to} (first at edges[${first}])`,
          ),
        );
      else seen.set(key, i);
    }
    if (edge.evidence.trim() !== "" && !input.evidence.contains(edge.evidence)) {
      issues.push(source.issue(["edges", i, "evidence"], `not found in the plan text: ${quote(edge.evidence)}`));
    } else if (edge.evidence.trim() !== "") {
      checkWhereEvidenceIs(input, edge, from, i, issues);
    }
  });
  checkOwners(input, issues);
  checkDeclared(input, issues);
  facts.ignoreDetected.forEach((ignored, i) => {
    resolve(input, ignored.from, ["ignoreDetected", i, "from"], issues);
    resolve(input, ignored.to, ["ignoreDetected", i, "to"], issues);
  });
}

const isHeadingLine = (line: string) => /^\s*#{1,6}\s/.test(line) || /^\s*\*\*[^*].*\*\*\s*$/.test(line);
const TABLE_OF_CONTENTS = /^indholdsfortegnelse/i;

/** The section a node's own words live in: an initiative speaks in its goal's section. */
function homeSection(target: RefTarget): string | null {
  if (target.kind === "System" || target.kind === "Organisation" || target.kind === "Milestone") return null;
  if (target.kind === "Initiative") return target.section.replace(/ > [^>]*$/, "");
  return target.section;
}

/**
 * Where an edge's quote lies: once in the plan or with its section named; inside the
 * from-node's own section unless the edge says crossSection (with a reason); and, for a
 * dependency, in a sentence rather than only a heading.
 */
function checkWhereEvidenceIs(
  input: ValidationInput,
  edge: FactEdge,
  from: RefTarget | null,
  i: number,
  issues: ValidationIssue[],
): void {
  const { source, plan, planText } = input;
  const lines = planText.split(/\r?\n/);
  const found = input.evidence.locateAll(edge.evidence).filter((line) => !TABLE_OF_CONTENTS.test(plan.sectionAt(line)));
  const sections = [...new Set(found.map((line) => plan.sectionAt(line)))];
  if (sections.length > 1 && !edge.section) {
    issues.push(
      source.issue(
        ["edges", i, "evidence"],
        `occurs in ${sections.length} sections (${sections.map((s) => quote(s)).join(", ")}): name the one meant in "section"`,
      ),
    );
  }
  if (
    relation(edge.type).class === "dependency" &&
    found.length > 0 &&
    found.every((line) => isHeadingLine(lines[line - 1] ?? ""))
  ) {
    issues.push(
      source.issue(["edges", i, "evidence"], `quotes only a heading: a ${edge.type} needs the sentence that states it`),
    );
  }
  const home = from ? homeSection(from) : null;
  if (home === null || edge.crossSection) return;
  const at = edge.section ?? sectionFinder(plan, input.evidence)(edge.evidence, home);
  if (at !== home && !at.startsWith(`${home} > `)) {
    issues.push(
      source.issue(
        ["edges", i, "evidence"],
        `lies in ${quote(at)}, outside ${quote(home)} where ${edge.from} is: move the edge to the node the passage is about, or add crossSection: true with a crossSectionReason`,
      ),
    );
  }
}

/** Units name their department, milestones that follow another name it, outcome readings quote the plan: each with its passage. */
function checkDeclared(input: ValidationInput, issues: ValidationIssue[]): void {
  const { facts, source } = input;
  const passage = (text: string | undefined, at: Array<string | number>, what: string) => {
    const value = (text ?? "").trim();
    if (!value) issues.push(source.issue(at, `${what} needs the passage of the plan that says so`));
    else if (!input.evidence.contains(value))
      issues.push(source.issue(at, `not found in the plan text: ${quote(value)}`));
  };
  const kindOf = (ref: string, at: Array<string | number>, kind: RefTarget["kind"]) => {
    const target = resolve(input, ref, at, issues);
    if (target && target.kind !== kind) issues.push(source.issue(at, `must be a ${kind}, not a ${target.kind}`));
  };
  facts.organisations.forEach((o, i) => {
    if (o.unitOf) {
      kindOf(o.unitOf, ["organisations", i, "unitOf"], "Department");
      passage(o.unitEvidence, ["organisations", i, "unitEvidence"], "a unit's department");
    } else if (o.unitEvidence)
      issues.push(source.issue(["organisations", i, "unitEvidence"], "unitEvidence without unitOf"));
  });
  facts.milestones.forEach((m, i) => {
    if (m.follows) {
      kindOf(m.follows, ["milestones", i, "follows"], "Milestone");
      if (m.follows === `milestone:${m.id}`)
        issues.push(source.issue(["milestones", i, "follows"], "a milestone cannot follow itself"));
      passage(m.followsEvidence, ["milestones", i, "followsEvidence"], "follows");
    } else if (m.followsEvidence)
      issues.push(source.issue(["milestones", i, "followsEvidence"], "followsEvidence without follows"));
  });
  const seen = new Set<string>();
  facts.statusOutcomes.forEach((o, i) => {
    kindOf(o.status, ["statusOutcomes", i, "status"], "StatusItem");
    if (seen.has(o.status))
      issues.push(source.issue(["statusOutcomes", i, "status"], `a second outcome for ${o.status}`));
    seen.add(o.status);
    passage(o.phrase, ["statusOutcomes", i, "phrase"], "an outcome");
  });
}

/** Every system names the department that implements or runs it, with the passage that says so, or "none". */
function checkOwners(input: ValidationInput, issues: ValidationIssue[]): void {
  const { facts, source } = input;
  facts.systems.forEach((system, i) => {
    const evidence = (system.ownerEvidence ?? "").trim();
    if (system.owner === "none") {
      if (evidence)
        issues.push(
          source.issue(
            ["systems", i, "ownerEvidence"],
            'owner is "none": drop ownerEvidence or name the owning department',
          ),
        );
      return;
    }
    const owner = resolve(input, system.owner, ["systems", i, "owner"], issues);
    if (owner && owner.kind !== "Department")
      issues.push(source.issue(["systems", i, "owner"], `an owner must be a department, not a ${owner.kind}`));
    if (!evidence)
      issues.push(
        source.issue(["systems", i, "owner"], "an owner needs ownerEvidence: the passage of the plan that names it"),
      );
    else if (!input.evidence.contains(evidence))
      issues.push(source.issue(["systems", i, "ownerEvidence"], `not found in the plan text: ${quote(evidence)}`));
  });
}

export function validateFacts(input: ValidationInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { facts, source, planFile, plan } = input;
  if (facts.plan.file !== path.basename(planFile)) {
    issues.push(
      source.issue(["plan", "file"], `names "${facts.plan.file}" but the plan file is "${path.basename(planFile)}"`),
    );
  }
  if (plan.departments.every((d) => d.goals.length === 0)) {
    issues.push({ file: plan.file, line: 1, field: "(plan)", message: "no lettered goals found in any department" });
  }
  checkIdsAndNames(input, issues);
  checkEdges(input, issues);
  return issues;
}
