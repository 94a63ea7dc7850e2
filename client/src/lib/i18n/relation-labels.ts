import { RELATION_INFO, RELATION_TYPE_ORDER } from "../../gql/relations";
import type { RelationType } from "../../gql/graphql";

/** The `rel.<TYPE>` messages: the relationship table's label in one language (never written by hand). */
export function relationLabels(lang: "da" | "en"): Record<`rel.${RelationType}`, string> {
  return Object.fromEntries(
    RELATION_TYPE_ORDER.map((type) => [`rel.${type}`, RELATION_INFO[type][lang].label]),
  ) as Record<`rel.${RelationType}`, string>;
}
