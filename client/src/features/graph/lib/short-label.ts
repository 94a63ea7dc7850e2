import type { NodeKind } from "../../../lib/vocabulary";

/** Longest label drawn; the full name is in the tooltip. */
export const SHORT_LABEL_CHARS = 26;

/** Cuts at a word boundary and marks the cut with an ellipsis. */
export function cutAtWord(text: string, max = SHORT_LABEL_CHARS): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const head = clean.slice(0, max);
  const space = head.lastIndexOf(" ");
  return `${(space > max * 0.5 ? head.slice(0, space) : head).replace(/[\s,.;:–-]+$/, "")}…`;
}

/**
 * A readable label for drawing: a goal as "N. Rådhusets anvendelse" (its letter from the
 * server's code label "Borg N"), everything else by its own name, both cut short.
 */
export function shortLabel(node: { name: string; kind: NodeKind; label?: string | null }): string {
  if (node.kind === "GOAL") {
    const letter = /\s([A-ZÆØÅ])$/.exec(node.label ?? "")?.[1];
    const name = cutAtWord(node.name, SHORT_LABEL_CHARS - (letter ? 3 : 0));
    return letter ? `${letter}. ${name}` : name;
  }
  return cutAtWord(node.name);
}
