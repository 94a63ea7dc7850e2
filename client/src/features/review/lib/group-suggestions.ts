import type { SuggestionKind } from "../../../gql/graphql";
import { compareDanish } from "../../../lib/collate";

/** The order kinds are reviewed in: what other facts hang on first. */
export const KIND_ORDER: readonly SuggestionKind[] = [
  "SYSTEM",
  "ORGANISATION",
  "MILESTONE",
  "OWNER",
  "DEPENDENCY",
  "COORDINATION",
];

export interface RuleGroup<S> {
  rule: string;
  items: S[];
  open: number;
}

export interface KindGroup<S> {
  kind: SuggestionKind;
  rules: RuleGroup<S>[];
  count: number;
}

interface Groupable {
  kind: SuggestionKind;
  rule: string;
  status: string;
  confidence: number;
  label: string;
}

/** Suggestions by kind (KIND_ORDER), then by rule (most first), most confident first within a rule. */
export function groupSuggestions<S extends Groupable>(suggestions: readonly S[]): KindGroup<S>[] {
  const byKind = new Map<SuggestionKind, Map<string, S[]>>();
  for (const s of suggestions) {
    const rules = byKind.get(s.kind) ?? new Map<string, S[]>();
    rules.set(s.rule, [...(rules.get(s.rule) ?? []), s]);
    byKind.set(s.kind, rules);
  }
  return KIND_ORDER.filter((k) => byKind.has(k)).map((kind) => {
    const rules = [...byKind.get(kind)!.entries()]
      .map(([rule, items]) => ({
        rule,
        items: [...items].sort((a, b) => b.confidence - a.confidence || compareDanish(a.label, b.label)),
        open: items.filter((i) => i.status === "OPEN").length,
      }))
      .sort((a, b) => b.items.length - a.items.length || a.rule.localeCompare(b.rule));
    return { kind, rules, count: rules.reduce((n, r) => n + r.items.length, 0) };
  });
}
