/** How a node is named in a sentence: a goal with its letter ("E. Digitaliseringsstrategi"), anything else by name. */
export function displayName(node: { name: string; kind: string; letter?: string | null }): string {
  return node.kind === "GOAL" && node.letter ? `${node.letter}. ${node.name}` : node.name;
}
