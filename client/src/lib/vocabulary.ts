import type { ImpactDirection, NodeKind, RelationType } from "../gql/graphql";
import { RELATION_INFO, RELATION_TYPE_ORDER, type RelationInfo } from "../gql/relations";

/** Runtime lists of the contract's enums, in the order the UI shows them. */
export const NODE_KINDS = [
  "DEPARTMENT",
  "GOAL",
  "INITIATIVE",
  "SYSTEM",
  "ORGANISATION",
  "MILESTONE",
  "THEME",
  "STATUS_ITEM",
  "PLAN",
] as const satisfies readonly NodeKind[];

/** The classes of the relationship table (client/src/gql/relations.ts), in the order the legend groups them. */
export const RELATION_CLASSES = [
  "dependency",
  "structure",
  "reference",
  "history",
] as const satisfies readonly RelationInfo["class"][];
export type RelationClass = (typeof RELATION_CLASSES)[number];

/** Every relation type of the table, grouped by class (dependencies first), in the table's order within a class. */
export const RELATION_TYPES: readonly RelationType[] = RELATION_CLASSES.flatMap((c) =>
  RELATION_TYPE_ORDER.filter((type) => RELATION_INFO[type].class === c),
);

export const DIRECTIONS = ["DOWNSTREAM", "UPSTREAM"] as const satisfies readonly ImpactDirection[];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export type { ImpactDirection, NodeKind, RelationType };
