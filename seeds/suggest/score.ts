/**
 * Scoring suggestions against curated facts: precision (suggestions that match a fact) and
 * recall (facts that some suggestion matches), per kind, with the misses and false hits.
 *
 * Matching: a system or organisation when one spelling of the suggestion is the fact's
 * name or an alias in some inflected form (name-forms.ts), or ends an alias ("økonomisystem"
 * of "det nye økonomisystem"); a milestone when the fact's dateText stands in the
 * suggestion's quote (the same passage: a bare "i 2009" elsewhere in the plan does not
 * match "Lyngby Unicef By i 2009") and the two date texts overlap (one holds the other)
 * or name the same first day; a dependency or coordination when the two ends are the
 * same, read at goal level (an initiative counts as its goal), in either direction. The
 * dependency facts are DEPENDS_ON, COORDINATES_WITH and INVOLVES of a department; the
 * cross-department ones are those whose ends lie in two departments.
 */
import { comparable } from "../coverage/quotes.js";
import { nameForms, sameName } from "../coverage/name-forms.js";
import type { Facts } from "../facts/schema.js";
import type { RefTarget } from "../facts/refs.js";
import type { Suggestion } from "./types.js";

export const EVAL_KINDS = [
  "systems",
  "organisations",
  "milestones",
  "dependencies",
  "cross-department",
  "owners",
] as const;
export type EvalKind = (typeof EVAL_KINDS)[number];

export interface KindScore {
  kind: EvalKind;
  suggested: number;
  facts: number;
  truePositives: number;
  found: number;
  precision: number;
  recall: number;
  misses: string[];
  falseHits: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);

function score(
  kind: EvalKind,
  preds: Suggestion[],
  facts: string[],
  match: (p: Suggestion, f: number) => boolean,
  show: (p: Suggestion) => string,
): KindScore {
  const hitFacts = new Set<number>();
  const falseHits: string[] = [];
  let tp = 0;
  for (const p of preds) {
    const hits = facts.map((_, i) => i).filter((i) => match(p, i));
    if (hits.length) tp += 1;
    else falseHits.push(show(p));
    for (const i of hits) hitFacts.add(i);
  }
  const misses = facts.filter((_, i) => !hitFacts.has(i));
  return {
    kind,
    suggested: preds.length,
    facts: facts.length,
    truePositives: tp,
    found: hitFacts.size,
    precision: ratio(tp, preds.length),
    recall: ratio(hitFacts.size, facts.length),
    misses,
    falseHits,
  };
}

function spellings(s: Suggestion): string[] {
  return [s.label, ...(s.names?.aliases ?? [])];
}

export function namesMatch(suggested: readonly string[], fact: readonly string[]): boolean {
  return suggested.some((s) =>
    fact.some((f) => {
      if (sameName(s, f)) return true;
      const tail = nameForms(s);
      const plain = comparable(f);
      return s.length >= 4 && tail.some((t) => plain.endsWith(` ${t}`) || plain === t);
    }),
  );
}

/** Global id of a node at goal level: an initiative's goal, anything else itself. */
function goalLevel(id: string, kinds: ReadonlyMap<string, string>): string {
  return kinds.get(id) === "Initiative" ? id.replace(/:\d+$/u, "") : id;
}

function deptOf(id: string, planId: string): string {
  return id.split(":").slice(0, 2).join(":") || planId;
}

export function scoreSuggestions(
  suggestions: readonly Suggestion[],
  facts: Facts,
  refs: ReadonlyMap<string, RefTarget>,
): KindScore[] {
  const of = (kind: Suggestion["kind"]) => suggestions.filter((s) => s.kind === kind);
  const systems = facts.systems.map((s) => [s.name, ...s.aliases]);
  const orgs = facts.organisations.map((o) => [o.name, ...o.aliases]);
  const out: KindScore[] = [];
  out.push(
    score(
      "systems",
      of("SYSTEM"),
      systems.map((n) => n[0]!),
      (p, i) => namesMatch(spellings(p), systems[i]!),
      (p) => p.label,
    ),
  );
  out.push(
    score(
      "organisations",
      of("ORGANISATION"),
      orgs.map((n) => n[0]!),
      (p, i) => namesMatch(spellings(p), orgs[i]!),
      (p) => p.label,
    ),
  );
  const ms = facts.milestones;
  out.push(
    score(
      "milestones",
      of("MILESTONE"),
      ms.map((m) => m.dateText),
      (p, i) => {
        const a = comparable(p.label);
        const b = comparable(ms[i]!.dateText);
        // The same passage (the fact's date text stands in the suggestion's sentence, or the
        // suggestion's label holds it), then the same date words or the same first day.
        const q = comparable(p.quote);
        if (!q.includes(b) && !a.includes(b)) return false;
        return a.includes(b) || b.includes(a) || p.milestone?.date === ms[i]!.date;
      },
      (p) => `${p.label} [${p.section.split(" > ").at(-1)}]`,
    ),
  );
  const kinds = new Map([...refs.values()].map((r) => [r.id, r.kind as string]));
  const planId = facts.plan.id;
  const linkFacts = facts.edges
    .filter(
      (e) =>
        e.type === "DEPENDS_ON" || e.type === "COORDINATES_WITH" || (e.type === "INVOLVES" && e.to.startsWith("dept:")),
    )
    .map((e) => ({
      from: goalLevel(refs.get(e.from)?.id ?? e.from, kinds),
      to: goalLevel(refs.get(e.to)?.id ?? e.to, kinds),
      text: `${e.from} -${e.type}-> ${e.to}${e.inferred ? " (inferred)" : ""}`,
    }));
  const linkPreds = [...of("DEPENDENCY"), ...of("COORDINATION")].map((s) => ({
    s,
    from: goalLevel(s.from ?? "", kinds),
    to: goalLevel(s.to ?? "", kinds),
  }));
  const same = (p: { from: string; to: string }, f: { from: string; to: string }) =>
    (p.from === f.from && p.to === f.to) || (p.from === f.to && p.to === f.from);
  const showLink = (s: Suggestion) => `${s.kind} ${s.from} -> ${s.to} (${s.rule})`;
  out.push(
    score(
      "dependencies",
      linkPreds.map((l) => l.s),
      linkFacts.map((f) => f.text),
      (p, i) =>
        same(
          linkPreds.find((l) => l.s === p)!,
          linkFacts[i]!,
        ),
      showLink,
    ),
  );
  const cross = (l: { from: string; to: string }) => deptOf(l.from, planId) !== deptOf(l.to, planId);
  const crossFacts = linkFacts.filter(cross);
  const crossPreds = linkPreds.filter(cross);
  out.push(
    score(
      "cross-department",
      crossPreds.map((l) => l.s),
      crossFacts.map((f) => f.text),
      (p, i) =>
        same(
          crossPreds.find((l) => l.s === p)!,
          crossFacts[i]!,
        ),
      showLink,
    ),
  );
  const owned = facts.systems.filter((s) => s.owner !== "none");
  out.push(
    score(
      "owners",
      of("OWNER"),
      owned.map((s) => `${s.owner} -> ${s.name}`),
      (p, i) => {
        const s = owned[i]!;
        return refs.get(s.owner)?.id === p.from && namesMatch([p.toLabel ?? ""], [s.name, ...s.aliases]);
      },
      (p) => p.label,
    ),
  );
  return out;
}
