/**
 * suggestFacts: a parsed plan (no facts) + the catalogue of earlier plans -> suggestions,
 * each with its quote, section, confidence and rule. Pure: no I/O.
 */
import { ids } from "../facts/refs.js";
import type { ParsedPlan } from "../parser/types.js";
import { nameSlug, suggestionId } from "./ids.js";
import { suggestLinks } from "./links.js";
import { suggestMilestones } from "./milestones.js";
import { suggestNames } from "./names.js";
import { suggestOwners } from "./owners.js";
import { planSpeakers } from "./speakers.js";
import type { CatalogueEntry, Suggestion } from "./types.js";

export interface SuggestInput {
  plan: ParsedPlan;
  markdown: string;
  catalogue?: readonly CatalogueEntry[];
  /** The plan's municipality (never suggested as a party). */
  municipality?: string;
}

const round = (n: number) => Math.round(Math.max(0, Math.min(1, n)) * 100) / 100;

export function suggestFacts({ plan, markdown, catalogue = [], municipality = "" }: SuggestInput): Suggestion[] {
  const planId = plan.planId;
  const passages = planSpeakers(plan, markdown);
  const names = suggestNames(plan, passages, catalogue, municipality);
  const out: Suggestion[] = [];
  const base = { planId, from: null, to: null, fromLabel: null, toLabel: null, milestone: null, names: null };
  for (const n of names) {
    // Named once by a pattern alone is weaker than named again and again.
    const confidence = n.rule === "catalogue" ? n.confidence : n.confidence + Math.min(0.1, (n.count - 1) * 0.03);
    out.push({
      ...base,
      id: suggestionId(planId, [n.kind, n.label]),
      kind: n.kind,
      label: n.label,
      quote: n.quote,
      section: n.section,
      line: n.line,
      confidence: round(confidence),
      rule: n.rule,
      names: { aliases: n.aliases, ...(n.category ? { category: n.category } : {}) },
    });
  }
  for (const m of suggestMilestones(passages, plan.year)) {
    const to = ids.milestone(planId, nameSlug(`${m.data.name}`).slice(0, 48));
    out.push({
      ...base,
      id: suggestionId(planId, ["MILESTONE", m.section, m.label, m.data.date, m.quote]),
      kind: "MILESTONE",
      label: m.label,
      quote: m.quote,
      section: m.section,
      line: m.line,
      confidence: round(m.confidence),
      rule: m.rule,
      from: m.speaker.kind === "Plan" || m.speaker.kind === "Department" ? null : m.speaker.id,
      to,
      fromLabel: m.speaker.name,
      toLabel: m.data.name,
      milestone: m.data,
    });
  }
  for (const l of suggestLinks(
    plan,
    passages,
    names.filter((n) => n.kind === "SYSTEM"),
  )) {
    out.push({
      ...base,
      id: suggestionId(planId, [l.kind, l.from.id, l.to.id]),
      kind: l.kind,
      label: `${l.from.name} → ${l.to.name}`,
      quote: l.quote,
      section: l.section,
      line: l.line,
      confidence: round(l.confidence),
      rule: l.rule,
      from: l.from.id,
      to: l.to.id,
      fromLabel: l.from.name,
      toLabel: l.to.name,
    });
  }
  for (const o of suggestOwners(
    names.filter((n) => n.kind === "SYSTEM"),
    passages,
  )) {
    const to = ids.system(planId, nameSlug(o.system.label));
    out.push({
      ...base,
      id: suggestionId(planId, ["OWNER", o.deptId, o.system.label]),
      kind: "OWNER",
      label: `${o.deptName} → ${o.system.label}`,
      quote: o.quote,
      section: o.section,
      line: o.line,
      confidence: round(o.confidence),
      rule: o.rule,
      from: o.deptId,
      to,
      fromLabel: o.deptName,
      toLabel: o.system.label,
    });
  }
  return out;
}
