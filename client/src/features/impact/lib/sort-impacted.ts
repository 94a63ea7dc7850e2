import { compareDanish } from "../../../lib/collate";
/** Nearest first, then by name (Danish order). */
export function sortImpacted<T extends { depth: number; node: { name: string } }>(nodes: readonly T[]): T[] {
  return [...nodes].sort((a, b) => a.depth - b.depth || compareDanish(a.node.name, b.node.name));
}
