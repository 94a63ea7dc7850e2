/**
 * Neighbours of neighbours in the statement that finds the roots: a request for
 * departments > goals > initiatives > systems reads the whole tree in one round trip, one
 * nested `COLLECT {}` per relation the request selects, and of each neighbour only the
 * properties the request selects. The steps come from the API's table of relation fields
 * and from field names the GraphQL schema validated; every property name is checked here
 * again before it is spliced.
 */
import type { RelType } from "../model.js";
import { owningDepartment, siblingOrder } from "./fragments.js";
import type { Direction } from "./relation.cypher.js";

/** One relation to follow from a parent node, and what to read of and below each neighbour. */
export interface RelationStep {
  /** The API field this step answers (kept with the rows so the caller can hand them over). */
  field: string;
  type: RelType;
  direction: Direction;
  /** Stored properties to read beyond `CORE_PROPERTIES`. */
  properties: readonly string[];
  /** Read the owning department's id and name too (the request asks for `department`). */
  owner: boolean;
  children: readonly RelationStep[];
}

/** Read for every neighbour: enough to identify it, resolve its type and edit it. */
export const CORE_PROPERTIES = ["id", "kind", "planId", "name", "version"] as const;

const PROPERTY_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

function projection(v: string, step: RelationStep): string {
  const properties = [...new Set([...CORE_PROPERTIES, ...step.properties])];
  for (const property of properties) {
    if (!PROPERTY_NAME.test(property)) throw new Error(`relation tree: "${property}" is not a property name`);
  }
  const fields = properties.map((property) => `.${property}`).join(", ");
  if (!step.owner) return `${v} {${fields}}`;
  return `[owner IN [${owningDepartment(v)}] | ${v} {${fields}, owningDepartmentId: owner.id, owningDepartmentName: owner.name}][0]`;
}

/**
 * A map expression `{r0: [...], r1: [...]}` for node variable `v`: per step, the neighbours
 * in the order `relatedNodes` returns them (`siblingOrder`), each as `{node, tree}` with its
 * own steps below.
 */
export function relationTree(steps: readonly RelationStep[], v: string, depth = 0): string {
  const child = `t${depth}`;
  const entries = steps.map((step, index) => {
    const arrow = step.direction === "out" ? `-[:${step.type}]->` : `<-[:${step.type}]-`;
    return `r${index}: COLLECT {
    MATCH (${v})${arrow}(${child}:Entity)
    WITH ${child} ORDER BY ${siblingOrder(child)}
    RETURN {node: ${projection(child, step)}, tree: ${relationTree(step.children, child, depth + 1)}}
  }`;
  });
  return `{${entries.join(", ")}}`;
}
