import type { HopDirection } from "../../../gql/graphql";
import { isSymmetric } from "../../../lib/relation-text";
import type { RelationType } from "../../../lib/vocabulary";

/** Kinds an impact reports as hit but never goes through (the API's rule, shown as such). */
export const HUB_KINDS: readonly string[] = ["DEPARTMENT", "ORGANISATION", "THEME"];

export function isHub(node: { kind: string }): boolean {
  return HUB_KINDS.includes(node.kind);
}

/** How a walk that leaves `walkFromId` runs over an edge: along it, against it, or either way (symmetric). */
export function walkDirection(edge: { type: RelationType; from: { id: string } }, walkFromId: string): HopDirection {
  if (isSymmetric(edge.type)) return "SYMMETRIC";
  return edge.from.id === walkFromId ? "ALONG" : "AGAINST";
}

/** The end of `edge` that is not `nodeId` (the walk's start when the walk reaches `nodeId`). */
export function farEnd(edge: { from: { id: string }; to: { id: string } }, nodeId: string): string {
  return edge.from.id === nodeId ? edge.to.id : edge.from.id;
}
