/**
 * Dependencies and coordinations between the parts of a plan.
 *
 * In a goal's or initiative's sentence that holds a cue phrase (seeds/coverage/cues.ts:
 * "forudsætning", "afhænger af", "afventer", "når ... er på plads", "i forlængelse af",
 * "jf." -> DEPENDENCY; "i samarbejde med", "sammen med", "koordinering", "snitflade" ->
 * COORDINATION), the other end is:
 * - `cue+department`: another department of the plan named in the sentence;
 * - `cue+goal-title`: another goal whose title's distinctive word the sentence uses
 *   ("Indkøbsområdets omstilling" -> goal "Indkøb"; "ny infrastruktur" -> "Infrastruktur
 *   på IT siden"), or whose title names a product the sentence names too ("Opus
 *   Økonomi" -> "Implementering af OPUS"), the first such goal of each department.
 * - `cue+system-pair`: the cue stands between two named systems ("koordinering imellem OPUS
 *   Personale og OPUS Økonomi") -> a COORDINATION of the two systems.
 * `goal-sequence`: a goal titled as using a thing ("Ibrugtagning af OPUS") depends on the
 * sibling goal titled as introducing it ("Implementering af OPUS").
 * Without a cue, `co-mention:department`: a goal or initiative whose own text names
 * another department of the plan coordinates with it (lower confidence).
 */
import { findCues } from "../coverage/cues.js";
import { sentenceAround } from "../coverage/passages.js";
import { isFunctionWord } from "../coverage/word-classes.js";
import { ids } from "../facts/refs.js";
import type { ParsedPlan } from "../parser/types.js";
import { nameSlug } from "./ids.js";
import type { LocatedPassage, Speaker } from "./speakers.js";

export interface LinkHit {
  kind: "DEPENDENCY" | "COORDINATION";
  from: Speaker;
  to: { id: string; name: string; deptId: string };
  quote: string;
  section: string;
  line: number;
  confidence: number;
  rule: string;
}

/** Title words that say what kind of work a goal is, not what it is about. */
const GENERIC =
  /^(?:udvikling|implementering|fortsat|fortsatte|strategi\p{L}*|model|optimering|evaluere|etablering|arbejdet|området|herunder|inklusive|samarbejde|anvendelse|ibrugtagning|kontinuerlig|udskiftning|decentralisering|effektivisering|indenfor|visse|områder|brugen|udnyttelse|opsøgende|virksomhed|medarbejderudvikling)$/iu;

interface Target {
  id: string;
  name: string;
  deptId: string;
  /** Lower-case stems of distinctive title words; product names kept whole. */
  stems: string[];
  products: string[];
}

const words = (text: string): string[] => text.match(/[\p{L}\p{N}.]+/gu) ?? [];

function goalTargets(plan: ParsedPlan): Target[] {
  return plan.departments.flatMap((d) => {
    const deptId = ids.department(plan.planId, d.name);
    return d.goals.map((g) => {
      const ws = words(g.title).filter((w) => !isFunctionWord(w));
      return {
        id: ids.goal(deptId, g.letter),
        name: `${d.name} ${g.letter}. ${g.title}`,
        deptId,
        stems: ws
          .filter((w) => w.length >= 6 && !GENERIC.test(w) && /^\p{Ll}|^\p{Lu}\p{Ll}/u.test(w))
          .map((w) => w.toLowerCase().slice(0, Math.max(6, w.length - 3))),
        products: ws.filter((w) => /\p{Lu}{2,}|\p{Ll}\p{Lu}/u.test(w)).map((w) => w.toLowerCase()),
      };
    });
  });
}

function departmentTargets(plan: ParsedPlan): Array<{ id: string; name: string; pattern: RegExp }> {
  return plan.departments.map((d) => {
    const stem = d.name.replace(/(?:en|et)$/u, "");
    // "Økonomiafdelingen", "Økonomi-afdelingen", "Økonomiafdelingens": one department.
    const body = stem
      .replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")
      .replace(/-?(afdeling|sekretariat|kontor|enhed)/iu, "-?$1");
    return {
      id: ids.department(plan.planId, d.name),
      name: d.name,
      pattern: new RegExp(`(?<![\\p{L}])${body}\\p{L}*`, "iu"),
    };
  });
}

/** Title words count within the speaker's department; across departments only a shared product name does. */
function mentionsTarget(sentence: string, t: Target, sameDepartment: boolean): boolean {
  const lower = sentence.toLowerCase();
  const sentenceWords = words(lower);
  if (t.products.some((p) => sentenceWords.includes(p))) return true;
  if (!sameDepartment) return false;
  return t.stems.some((s) =>
    sentenceWords.some((w) => w.startsWith(s) || (w.length >= 8 && w.includes(s) && s.length >= 7)),
  );
}

/** Words of a goal title that start a thing: "Implementering af OPUS", "Indførelse af ...". */
const INTRODUCING = /^(?:implementering|indførelse|etablering|udrulning|anskaffelse)\s+af\s+/iu;
/** Words of a goal title that use or carry on a thing already there: "Ibrugtagning af OPUS (1)". */
const FOLLOWING = /^(?:ibrugtagning|videreudvikling|udnyttelse|anvendelse|drift|opfølgning)\s+(?:af|på)\s+/iu;

/**
 * `goal-sequence`: within a department, a goal titled as using a thing ("Ibrugtagning af
 * OPUS") depends on the sibling goal titled as introducing the same thing ("Implementering
 * af OPUS"); the quote is the later goal's heading.
 */
function goalSequences(plan: ParsedPlan): LinkHit[] {
  const out: LinkHit[] = [];
  for (const d of plan.departments) {
    const deptId = ids.department(plan.planId, d.name);
    for (const first of d.goals) {
      const m = INTRODUCING.exec(first.title);
      if (!m) continue;
      const object = words(first.title.slice(m[0].length))[0]?.toLowerCase();
      if (!object || object.length < 3) continue;
      for (const later of d.goals) {
        const f = FOLLOWING.exec(later.title);
        if (later === first || !f || words(later.title.slice(f[0].length))[0]?.toLowerCase() !== object) continue;
        const goalId = ids.goal(deptId, later.letter);
        out.push({
          kind: "DEPENDENCY",
          from: { id: goalId, kind: "Goal", deptId, goalId, name: `${later.letter}. ${later.title}` },
          to: { id: ids.goal(deptId, first.letter), name: `${d.name} ${first.letter}. ${first.title}`, deptId },
          quote: later.heading.replace(/\*+/gu, "").trim(),
          section: later.section,
          line: later.line,
          confidence: 0.6,
          rule: "goal-sequence",
        });
      }
    }
  }
  return out;
}

/** "koordinering imellem OPUS Personale og OPUS Økonomi": the two things a cue sits between. */
const BETWEEN = /(?:imellem|mellem)\s+(.+?)\s+og\s+(.+?)(?=[.,;:!?]|$)/u;

/** A system named by one spelling, as a whole phrase at the start of `text`. */
function systemAt(text: string, systems: readonly SystemName[]): SystemName | undefined {
  const t = text.trim().toLowerCase();
  return systems.find((s) => [s.label, ...s.aliases].some((n) => t === n.toLowerCase()));
}

export interface SystemName {
  label: string;
  aliases: string[];
}

export function suggestLinks(
  plan: ParsedPlan,
  passages: readonly LocatedPassage[],
  systems: readonly SystemName[] = [],
): LinkHit[] {
  const goals = goalTargets(plan);
  const departments = departmentTargets(plan);
  const out: LinkHit[] = [];
  const seen = new Set<string>();
  const push = (hit: LinkHit) => {
    const key = `${hit.from.goalId ?? hit.from.id}|${hit.to.id}`;
    if (seen.has(key) || hit.to.id === hit.from.id || hit.to.id === hit.from.goalId) return;
    seen.add(key);
    out.push(hit);
  };
  for (const { passage, section, speaker } of passages) {
    if (speaker.kind !== "Goal" && speaker.kind !== "Initiative") continue;
    const text = passage.text;
    const cues = findCues(text);
    for (const cue of cues) {
      const sentence = sentenceAround(text, cue);
      const kind: LinkHit["kind"] = cue.edge === "DEPENDS_ON" ? "DEPENDENCY" : "COORDINATION";
      const base = { kind, from: speaker, quote: sentence, section, line: passage.lineAt(cue.index) };
      // `cue+system-pair`: the cue ties two named systems to each other.
      const pair = BETWEEN.exec(sentence.slice(sentence.indexOf(cue.text)));
      const a = pair ? systemAt(pair[1] ?? "", systems) : undefined;
      const b = pair ? systemAt(pair[2] ?? "", systems) : undefined;
      if (a && b && a !== b) {
        const from = {
          id: ids.system(plan.planId, nameSlug(a.label)),
          kind: "Goal" as const,
          deptId: speaker.deptId,
          goalId: null,
          name: a.label,
        };
        out.push({
          ...base,
          kind: "COORDINATION",
          from,
          to: { id: ids.system(plan.planId, nameSlug(b.label)), name: b.label, deptId: speaker.deptId ?? "" },
          confidence: 0.7,
          rule: "cue+system-pair",
        });
      }
      for (const d of departments) {
        if (d.id !== speaker.deptId && d.pattern.test(sentence))
          push({ ...base, to: { id: d.id, name: d.name, deptId: d.id }, confidence: 0.75, rule: "cue+department" });
      }
      const byDept = new Set<string>();
      for (const g of goals) {
        if (
          g.id === speaker.goalId ||
          byDept.has(g.deptId) ||
          !mentionsTarget(sentence, g, g.deptId === speaker.deptId)
        )
          continue;
        byDept.add(g.deptId);
        push({ ...base, to: { id: g.id, name: g.name, deptId: g.deptId }, confidence: 0.65, rule: "cue+goal-title" });
      }
    }
    for (const d of departments) {
      if (d.id === speaker.deptId) continue;
      const m = d.pattern.exec(text);
      if (!m) continue;
      const sentence = sentenceAround(text, { index: m.index, length: m[0].length });
      push({
        kind: "COORDINATION",
        from: speaker,
        to: { id: d.id, name: d.name, deptId: d.id },
        quote: sentence,
        section,
        line: passage.lineAt(m.index),
        confidence: 0.5,
        rule: "co-mention:department",
      });
    }
  }
  for (const hit of goalSequences(plan)) push(hit);
  for (const hit of goalSequences(plan)) push(hit);
  return out;
}
