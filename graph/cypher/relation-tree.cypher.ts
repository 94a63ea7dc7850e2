/**
 * Neighbours of neighbours in the statement that finds the roots: a request for
 * departments > goals > initiatives > systems reads the whole tree in one round trip, one
 * nested `COLLECT {}` per relation the request selects. The steps come from the API's table
 * of relation fields, so only labels, types and directions of model.ts are spliced here.
 */
import type { RelType } from "../model.js";
import type { Direction } from "./relation.cypher.js";
import { nodeMap, siblingOrder } from "./fragments.js";

/** One relation to follow from a parent node, and what to follow from each neighbour. */
export interface RelationStep {
  type: RelType;
  direction: Direction;
  children: readonly RelationStep[];
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
    RETURN {node: ${nodeMap(child)}, tree: ${relationTree(step.children, child, depth + 1)}}
  }`;
  });
  return `{${entries.join(", ")}}`;
}
