/** Sentence builders for synthetic plans: lengths close to the real plan's (goals ~200-400 characters, initiatives ~100-200). */
import type { Rng } from "./prng.js";
import { DANISH_MONTHS } from "../danish-calendar.js";
import { OBJECTS, QUALIFIERS, VERBS } from "./vocabulary.js";

export function initiativeText(rng: Rng): string {
  const sentence = `${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}.`;
  return rng.chance(0.5) ? `${sentence} ${rng.pick(VERBS)} ${rng.pick(OBJECTS)}.` : sentence;
}

export function mainGoalText(rng: Rng, topic: string): string {
  return (
    `Målet er at ${rng.pick(VERBS).toLowerCase()} ${rng.pick(OBJECTS)}, så ${topic.toLowerCase()} understøtter ` +
    `forvaltningens opgaver ${rng.pick(QUALIFIERS)}. ${rng.pick(VERBS)} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}.`
  );
}

export function strategyText(rng: Rng, topic: string): string {
  return (
    `Strategien for ${topic.toLowerCase()} er at ${rng.pick(VERBS).toLowerCase()} ${rng.pick(OBJECTS)} og ` +
    `${rng.pick(VERBS).toLowerCase()} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}. Arbejdet sker trinvis og evalueres løbende.`
  );
}

export function visionText(rng: Rng, department: string): string {
  return `${department} vil være en professionel og serviceorienteret samarbejdspartner, der ${rng.pick(VERBS).toLowerCase()} ${rng.pick(OBJECTS)} ${rng.pick(QUALIFIERS)}.`;
}

export function dateText(day: number, month: number, year: number): string {
  return `${day}. ${DANISH_MONTHS[month - 1]} ${year}`;
}

export function isoDate(day: number, month: number, year: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** A passage that states an edge, the way the plan would ("... forudsætter, at OPUS ..."). */
export function evidenceText(rng: Rng, verb: string, fromName: string, toName: string): string {
  const subject = fromName.length > 80 ? `${fromName.slice(0, 77)}...` : fromName;
  return `${subject} ${verb} ${toName} ${rng.pick(QUALIFIERS)}.`;
}
