export interface ChainEdge {
  id: string;
  from: { id: string };
  to: { id: string };
}

export interface ChainNode<E extends ChainEdge> {
  depth: number;
  node: { id: string };
  via: readonly E[];
}

/**
 * The hops from the root to `targetId`, following at each node a `via` edge whose other end
 * is one step closer to the root. Direction-agnostic: works for downstream and upstream.
 */
export function evidenceChain<E extends ChainEdge>(
  nodes: readonly ChainNode<E>[],
  rootId: string,
  targetId: string,
): E[] {
  const byId = new Map(nodes.map((n) => [n.node.id, n]));
  const chain: E[] = [];
  let current = byId.get(targetId);
  for (let guard = 0; current && current.node.id !== rootId && guard <= nodes.length; guard++) {
    const here: ChainNode<E> = current;
    const otherEnd = (e: E) => (e.from.id === here.node.id ? e.to.id : e.from.id);
    const closer =
      here.via.find((e) => otherEnd(e) === rootId) ??
      here.via.find((e) => (byId.get(otherEnd(e))?.depth ?? Infinity) === here.depth - 1) ??
      here.via[0];
    if (!closer) break;
    chain.push(closer);
    const next = otherEnd(closer);
    if (next === rootId) break;
    current = byId.get(next);
  }
  return chain.reverse();
}
