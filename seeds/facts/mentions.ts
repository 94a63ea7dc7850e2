/**
 * Finding names (system or organisation aliases) in text: whole words only, case-
 * insensitive except for short acronyms ("ØS", "GIS", "LOS" must not match ordinary
 * words), and the most specific name wins where matches overlap ("Opus e-indkøb" is the
 * module, not also OPUS).
 */

export interface Named {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Mention {
  id: string;
  alias: string;
  index: number;
  length: number;
}

const ACRONYM = /^[\p{Lu}\d]{1,4}$/u;

function aliasPattern(alias: string): RegExp {
  const body = alias
    .trim()
    .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
    .replace(/\s+/g, "\\s+");
  const flags = ACRONYM.test(alias.trim()) ? "gu" : "giu";
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

export type MentionFinder = (text: string) => Mention[];

export function mentionFinder(named: readonly Named[]): MentionFinder {
  const patterns = named.flatMap((n) =>
    [...new Set([n.name, ...n.aliases])].map((alias) => ({ id: n.id, alias, pattern: aliasPattern(alias) })),
  );
  return (text) => {
    const all: Mention[] = [];
    for (const { id, alias, pattern } of patterns) {
      for (const m of text.matchAll(pattern)) all.push({ id, alias, index: m.index ?? 0, length: m[0].length });
    }
    all.sort((a, b) => b.length - a.length || a.index - b.index);
    const kept: Mention[] = [];
    for (const m of all) {
      const overlaps = kept.some((k) => m.index < k.index + k.length && k.index < m.index + m.length);
      if (!overlaps) kept.push(m);
    }
    return kept.sort((a, b) => a.index - b.index);
  };
}
