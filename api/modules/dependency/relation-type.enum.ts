import { registerEnumType } from "type-graphql";
import { REL_TYPES, RELATIONS, type RelType } from "../../../graph/relations.js";

/** The stored relationship types (graph/relations.ts), values and descriptions taken from the one table. */
export const RelationType = Object.fromEntries(REL_TYPES.map((type) => [type, type])) as { [T in RelType]: T };
export type RelationType = RelType;

registerEnumType(RelationType, {
  name: "RelationType",
  description:
    'Relationship types, `A -[T]-> B`. Each value says which kinds it joins and how a slip travels along it; the dependency types read "A needs B" (if B slips, A is hit). COORDINATES_WITH is symmetric: stored once, found from both ends.',
  valuesConfig: Object.fromEntries(REL_TYPES.map((type) => [type, { description: RELATIONS[type].description }])),
});
