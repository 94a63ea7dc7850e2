import type { ImpactDirection, NodeKind, RelationType } from "../gql/graphql";

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

export const RELATION_TYPES = [
  "DEPENDS_ON",
  "USES",
  "INVOLVES",
  "PART_OF",
  "REPLACES",
  "HAS_MILESTONE",
  "ADVANCES",
  "HAS_INITIATIVE",
  "OWNS",
  "HAS_STATUS",
  "HAS_THEME",
  "HAS_DEPARTMENT",
] as const satisfies readonly RelationType[];

export const DIRECTIONS = ["DOWNSTREAM", "UPSTREAM"] as const satisfies readonly ImpactDirection[];

export function isNodeKind(value: string): value is NodeKind {
  return (NODE_KINDS as readonly string[]).includes(value);
}

export function isRelationType(value: string): value is RelationType {
  return (RELATION_TYPES as readonly string[]).includes(value);
}

export type { ImpactDirection, NodeKind, RelationType };
