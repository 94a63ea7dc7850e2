/**
 * The rows `relationTree` returns, and a walk over them that hands each parent's neighbours
 * to a visitor (the API primes its per-request loaders with them).
 */
import type { RelationStep } from "../cypher/relation-tree.cypher.js";
import type { StoredNode } from "./records.js";

export type { RelationStep } from "../cypher/relation-tree.cypher.js";

/** Per step (`r0`, `r1`, ...), the neighbours with their own trees. */
export type RelationTree = Record<string, { node: StoredNode; tree: RelationTree }[]>;

/** Roots as read, each with the tree of the relations asked for. */
export interface NodesWithRelations {
  nodes: StoredNode[];
  trees: RelationTree[];
}

/**
 * Calls `visit(step, parent, neighbours)` for every step of every node in the trees, depth
 * first. A node reached along several paths is a separate record on each.
 */
export function walkRelations(
  steps: readonly RelationStep[],
  roots: NodesWithRelations,
  visit: (step: RelationStep, parent: StoredNode, neighbours: StoredNode[]) => void,
): void {
  const walk = (parent: StoredNode, tree: RelationTree, level: readonly RelationStep[]) => {
    level.forEach((step, index) => {
      const branch = tree[`r${index}`];
      if (!branch)
        throw new Error(`relation tree of ${parent.id}: no branch r${index} (${step.direction} ${step.type})`);
      visit(
        step,
        parent,
        branch.map((entry) => entry.node),
      );
      for (const entry of branch) walk(entry.node, entry.tree, step.children);
    });
  };
  roots.nodes.forEach((node, i) => walk(node, roots.trees[i] ?? {}, steps));
}
