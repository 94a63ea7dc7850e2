/**
 * Automatic USES edges: a goal or initiative whose own words name a system uses it.
 * Evidence is the sentence that names the system (for a goal: in its Hovedmål or Strategi;
 * a heading alone is never evidence), so every detected edge can be checked against the
 * plan like a curated one.
 */
import type { PlanGraphEdge } from "../../graph/model.js";
import type { ParsedPlan } from "../parser/types.js";
import { splitSentences } from "../parser/text.js";
import { mentionFinder } from "./mentions.js";
import { ids } from "./refs.js";
import type { Facts } from "./schema.js";

interface Speaker {
  id: string;
  /** Passages as written, each a sentence or heading of the plan. */
  passages: string[];
  section: string;
}

function speakers(plan: ParsedPlan): Speaker[] {
  const out: Speaker[] = [];
  const sentences = (text: string) => text.split("\n").flatMap(splitSentences);
  for (const d of plan.departments) {
    const deptId = ids.department(plan.planId, d.name);
    for (const g of d.goals) {
      const goalId = ids.goal(deptId, g.letter);
      out.push({ id: goalId, passages: [...sentences(g.mainGoal), ...sentences(g.strategy)], section: g.section });
      for (const i of g.initiatives)
        out.push({ id: ids.initiative(goalId, i.ordinal), passages: sentences(i.text), section: i.section });
    }
  }
  return out;
}

export interface DetectOptions {
  /** Global "from|to" pairs the curators rejected. */
  ignored: ReadonlySet<string>;
  /** The section where a passage is found (falls back to the speaker's own section). */
  sectionOf: (passage: string, fallback: string) => string;
}

export function detectSystemUses(plan: ParsedPlan, facts: Facts, opts: DetectOptions): PlanGraphEdge[] {
  const find = mentionFinder(facts.systems);
  const edges: PlanGraphEdge[] = [];
  for (const speaker of speakers(plan)) {
    const seen = new Set<string>();
    for (const passage of speaker.passages) {
      for (const mention of find(passage)) {
        const to = ids.system(plan.planId, mention.id);
        if (seen.has(to) || opts.ignored.has(`${speaker.id}|${to}`)) continue;
        seen.add(to);
        edges.push({
          from: speaker.id,
          to,
          type: "USES",
          evidence: passage,
          section: opts.sectionOf(passage, speaker.section),
          inferred: false,
          reason: null,
          origin: "detected",
        });
      }
    }
  }
  return edges;
}
