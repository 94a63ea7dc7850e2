/**
 * Neighbours of neighbours in the statement that finds the roots: a request for
 * departments > goals > initiatives > systems reads the whole tree in one round trip, one
 * nested `COLLECT {}` per relation the request selects, and of each neighbour only the
 * properties the request selects. The steps come from the API's table of relation fields
 * and from field names the GraphQL schema validated; every property name is checked here
 * again before it is spliced.
 */
import type { RelType } from "../model.js";
import { neighbourOrder, projectedNodeMap, propertyList } from "./fragments.js";
import type { Direction } from "./relation.cypher.js";

/** One relation to follow from a parent node, and what to read of and below each neighbour. */
export interface RelationStep {
  /** The API field this step answers (kept with the rows so the caller can hand them over). */
  field: string;
  type: RelType;
  direction: Direction;
  /** Stored properties to read beyond the id and kind. */
  properties: readonly string[];
  /** Read the owning department's id and name too (the request asks for `department`). */
  owner: boolean;
  children: readonly RelationStep[];
}

/**
 * Read of every neighbour: its id. Relation fields have concrete GraphQL types, so no
 * `kind` is needed to resolve one (it is read when the request selects it).
 */
const TREE_CORE = ["id"];

const projection = (v: string, step: RelationStep) =>
  step.owner ? projectedNodeMap(v, step.properties, TREE_CORE) : `${v} {${propertyList(step.properties, TREE_CORE)}}`;

/**
 * A map expression `{r0: [...], r1: [...]}` for node variable `v`: per step, the neighbours
 * in the order `relatedNodes` returns them (`neighbourOrder`), each as `{node, tree}` with its
 * own steps below.
 */
export function relationTree(steps: readonly RelationStep[], v: string, depth = 0): string {
  const child = `t${depth}`;
  const entries = steps.map((step, index) => {
    const arrow = step.direction === "out" ? `-[:${step.type}]->` : `<-[:${step.type}]-`;
    return `r${index}: COLLECT {
    MATCH (${v})${arrow}(${child}:Entity)
    WITH ${child} ORDER BY ${neighbourOrder(step.type, step.direction, child)}
    RETURN {node: ${projection(child, step)}, tree: ${relationTree(step.children, child, depth + 1)}}
  }`;
  });
  return `{${entries.join(", ")}}`;
}
