/**
 * What the facts file and the parsed structure already say, in the shapes the coverage
 * rules ask about:
 * - names: systems and organisations with their aliases, departments, the administration,
 *   the municipality (and its initials, "LTK"), and the own titles of structure nodes
 *   (goals, initiatives, status items, themes; a goal title also without its parenthesis
 *   or trailing year, "Servicedesk", "Unicef By"), compared in any inflected form;
 * - where fact names stand in a passage (so "økonomisystem" inside "det nye
 *   økonomisystem" is covered by that alias);
 * - where milestones' dateText and edges' evidence stand in a passage.
 */
import { mentionFinder, type Named } from "../facts/mentions.js";
import type { Facts } from "../facts/schema.js";
import { shortName } from "../parser/text.js";
import type { ParsedPlan } from "../parser/types.js";
import { findDateExpressions } from "./danish-dates.js";
import { NameSet } from "./name-forms.js";
import type { Passage, Span } from "./passages.js";
import { comparable, findQuote } from "./quotes.js";

export interface FactIndex {
  /** A name or system term that a fact or a structure node names (any inflected form). */
  namesCover(term: string): boolean;
  mentionSpans(passage: Passage): Span[];
  dateTextSpans(passage: Passage): Span[];
  /** A date a milestone's dateText writes in the same words (a bare year never counts). */
  dateTextCovers(core: string): boolean;
  evidenceSpans(passage: Passage): Span[];
  /** An edge's evidence holds this whole sentence. */
  evidenceHolds(sentence: string): boolean;
}

/** "Lyngby-Taarbæk Kommune" -> "LTK". */
export function initials(name: string): string | null {
  const letters = name.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase());
  return letters.length >= 2 ? letters.join("") : null;
}

function titleVariants(title: string): string[] {
  const bare = title
    .replace(/\s*\([^)]*\)/g, "")
    .replace(/[.:]$/, "")
    .trim();
  return [title, bare, bare.replace(/\s+\d{4}$/, "")];
}

function structureNames(plan: ParsedPlan): string[] {
  const names: string[] = [plan.administration, ...plan.themes.map((t) => t.name)];
  for (const d of plan.departments) {
    names.push(d.name, ...d.statusItems.map((s) => s.title ?? shortName(s.text)));
    for (const g of d.goals) names.push(...titleVariants(g.title), ...g.initiatives.map((i) => shortName(i.text)));
  }
  return names;
}

function namedFacts(plan: ParsedPlan, facts: Facts): Named[] {
  const own = [plan.administration, facts.plan.municipality, ...plan.departments.map((d) => d.name)];
  return [...facts.systems, ...facts.organisations, ...own.map((name) => ({ id: name, name, aliases: [] }))];
}

function dateTextCores(plan: ParsedPlan, facts: Facts): Set<string> {
  const cores = new Set<string>();
  for (const m of facts.milestones) {
    for (const e of findDateExpressions(m.dateText, { year: plan.year })) {
      if (e.precision !== null && e.precision !== "YEAR") cores.add(comparable(e.core.text));
    }
  }
  return cores;
}

export function indexFacts(plan: ParsedPlan, facts: Facts): FactIndex {
  const named = namedFacts(plan, facts);
  const initialism = initials(facts.plan.municipality);
  const names = new NameSet([
    ...named.flatMap((n) => [n.name, ...n.aliases]),
    ...structureNames(plan),
    ...(initialism ? [initialism] : []),
  ]);
  const findMentions = mentionFinder(named);
  const cores = dateTextCores(plan, facts);
  const evidence = facts.edges.map((e) => e.evidence).filter((e) => e.trim() !== "");
  const evidenceText = evidence.map(comparable);
  return {
    namesCover: (term) => names.has(term),
    mentionSpans: (p) => findMentions(p.text).map((m) => ({ index: m.index, length: m.length })),
    dateTextSpans: (p) => facts.milestones.flatMap((m) => findQuote(p.text, m.dateText)),
    dateTextCovers: (core) => cores.has(comparable(core)),
    evidenceSpans: (p) => evidence.flatMap((e) => findQuote(p.text, e)),
    evidenceHolds: (sentence) => evidenceText.some((e) => e.includes(comparable(sentence))),
  };
}
