import { RELATION_INFO, type RelationText } from "../gql/relations";
import type { Lang } from "./url-state/view-state";
import type { RelationType } from "./vocabulary";

/** Label, verb, inverse and legend sentence of a relation type in one language, from the table. */
export function relationText(type: RelationType, lang: Lang): RelationText {
  return RELATION_INFO[type][lang];
}

export function isSymmetric(type: RelationType): boolean {
  return RELATION_INFO[type].symmetric;
}

/**
 * How an edge reads from one of its ends: from its `from` end with the verb ("bruger systemet"),
 * from its `to` end with the inverse ("bruges af"). A symmetric edge reads the same from both.
 */
export function edgePhrase(type: RelationType, lang: Lang, from: "from" | "to"): string {
  const text = RELATION_INFO[type][lang];
  return from === "from" || RELATION_INFO[type].symmetric ? text.verb : text.inverse;
}

/** The far end of an edge, seen from `nodeId`. */
export function otherEnd<N extends { id: string }>(edge: { from: N; to: N }, nodeId: string): N {
  return edge.from.id === nodeId ? edge.to : edge.from;
}

/** Which end of an edge a node is. */
export function endOf(edge: { from: { id: string } }, nodeId: string): "from" | "to" {
  return edge.from.id === nodeId ? "from" : "to";
}
