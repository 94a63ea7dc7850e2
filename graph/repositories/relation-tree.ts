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

/** Calls `visit(step, parentId, neighbours)` for every step of every node in the trees, depth first. */
export function walkRelations(
  steps: readonly RelationStep[],
  roots: NodesWithRelations,
  visit: (step: RelationStep, parentId: string, neighbours: StoredNode[]) => void,
): void {
  const walk = (parentId: string, tree: RelationTree, level: readonly RelationStep[]) => {
    level.forEach((step, index) => {
      const branch = tree[`r${index}`];
      if (!branch) throw new Error(`relation tree of ${parentId}: no branch r${index} (${step.direction} ${step.type})`);
      visit(step, parentId, branch.map((entry) => entry.node));
      for (const entry of branch) walk(entry.node.id, entry.tree, step.children);
    });
  };
  roots.nodes.forEach((node, i) => walk(node.id, roots.trees[i] ?? {}, steps));
}
