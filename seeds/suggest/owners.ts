/**
 * Who implements or runs a system (`owner-verb`): a department whose own text names the
 * system in a sentence with a verb of implementing, running or steering it (implementere,
 * drive, vedligeholde, opgradere, udrulle, projektstyre, forankre, tage hovedansvaret,
 * undervise i). The department with most such sentences is the suggested owner; a
 * sentence in its goals or main tasks counts double.
 */
import { sentenceAround } from "../coverage/passages.js";
import { mentionFinder } from "../facts/mentions.js";
import type { NameHit } from "./names.js";
import type { LocatedPassage } from "./speakers.js";

export interface OwnerHit {
  system: NameHit;
  deptId: string;
  deptName: string;
  quote: string;
  section: string;
  line: number;
  confidence: number;
  rule: string;
}

const OWNER_VERB =
  /\b(?:implementer\p{L}*|driv\p{L}*|drift\p{L}*|vedligehold\p{L}*|opgrader\p{L}*|udrull\p{L}*|udrulning|projektstyr\p{L}*|hovedansvar\p{L}*|forankre\p{L}*|videreudvikl\p{L}*|undervis\p{L}*|implementering)\b/iu;

export function suggestOwners(systems: readonly NameHit[], passages: readonly LocatedPassage[]): OwnerHit[] {
  const find = mentionFinder(systems.map((s, i) => ({ id: String(i), name: s.label, aliases: s.aliases })));
  const best = new Map<
    number,
    { score: Map<string, number>; first: Map<string, Omit<OwnerHit, "confidence" | "system">> }
  >();
  for (const { passage, section, speaker } of passages) {
    if (!speaker.deptId) continue;
    for (const m of find(passage.text)) {
      const sentence = sentenceAround(passage.text, m);
      const verb = OWNER_VERB.test(sentence);
      const own = speaker.kind === "Goal" || speaker.kind === "Initiative" || /Hovedopgave/iu.test(section);
      if (!verb && !own) continue;
      const i = Number(m.id);
      const entry = best.get(i) ?? { score: new Map(), first: new Map() };
      const weight = (verb ? 2 : 0) + (own ? 1 : 0);
      entry.score.set(speaker.deptId, (entry.score.get(speaker.deptId) ?? 0) + weight);
      if (!entry.first.has(speaker.deptId) || (verb && !OWNER_VERB.test(entry.first.get(speaker.deptId)!.quote))) {
        entry.first.set(speaker.deptId, {
          deptId: speaker.deptId,
          deptName: section.split(" > ")[0] ?? "",
          quote: sentence,
          section,
          line: passage.lineAt(m.index),
          rule: "owner-verb",
        });
      }
      best.set(i, entry);
    }
  }
  const out: OwnerHit[] = [];
  for (const [i, { score, first }] of best) {
    const ranked = [...score.entries()].sort((a, b) => b[1] - a[1]);
    const [deptId, top] = ranked[0]!;
    const total = ranked.reduce((n, [, s]) => n + s, 0);
    out.push({
      system: systems[i]!,
      ...first.get(deptId)!,
      confidence: Math.round((0.4 + 0.5 * (top / total)) * 100) / 100,
    });
  }
  return out;
}
