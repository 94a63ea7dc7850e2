/**
 * Betweenness centrality (Brandes 2001) on a directed, unweighted graph: for each node, the
 * sum over ordered pairs (s, t) of the share of shortest s->t paths that pass through it.
 * O(V * E); the plan graphs are a few hundred nodes.
 */
export type Adjacency = ReadonlyMap<string, readonly string[]>;

export function betweenness(nodes: readonly string[], out: Adjacency): Map<string, number> {
  const score = new Map<string, number>(nodes.map((n) => [n, 0]));
  for (const source of nodes) {
    const stack: string[] = [];
    const predecessors = new Map<string, string[]>();
    const paths = new Map<string, number>([[source, 1]]);
    const distance = new Map<string, number>([[source, 0]]);
    const queue: string[] = [source];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      stack.push(v);
      for (const w of out.get(v) ?? []) {
        if (!distance.has(w)) {
          distance.set(w, distance.get(v)! + 1);
          queue.push(w);
        }
        if (distance.get(w) === distance.get(v)! + 1) {
          paths.set(w, (paths.get(w) ?? 0) + paths.get(v)!);
          predecessors.set(w, [...(predecessors.get(w) ?? []), v]);
        }
      }
    }
    const dependency = new Map<string, number>();
    while (stack.length) {
      const w = stack.pop()!;
      for (const v of predecessors.get(w) ?? []) {
        const share = (paths.get(v)! / paths.get(w)!) * (1 + (dependency.get(w) ?? 0));
        dependency.set(v, (dependency.get(v) ?? 0) + share);
      }
      if (w !== source) score.set(w, (score.get(w) ?? 0) + (dependency.get(w) ?? 0));
    }
  }
  return score;
}
