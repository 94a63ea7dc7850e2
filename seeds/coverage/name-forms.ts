/**
 * Names compared the way Danish inflects them: "Erhvervsrådets", "Erhvervsrådet" and
 * "Erhvervsråd" are one name, so are "Kommunalbestyrelse" and "Kommunalbestyrelsen",
 * "KMD's" and "KMD". Only the last word of a name is inflected ("Teknisk Forvaltnings").
 *
 * Each word gets a small set of forms (as written, without the genitive, without a
 * definite or plural ending); two names are the same when their form sets meet. Both
 * sides are stripped alike, so an over-short stem never matters unless two different
 * names share it, and a stem keeps at least three letters.
 */
import { foldPunctuation } from "../parser/text.js";

const ENDINGS = ["erne", "ene", "en", "et", "ne", "n", "t", "e"];
const ACRONYM_GENITIVE = /^(\p{Lu}[\p{Lu}\d]+)(?:'s|’s|s)$/u;

/** "KMDs" -> "KMD", "LTK's" -> "LTK", "VLANs" -> "VLAN"; other words unchanged. */
export function acronymBase(word: string): string {
  return ACRONYM_GENITIVE.exec(word)?.[1] ?? word;
}

export function wordForms(word: string): string[] {
  const w = acronymBase(word).toLowerCase();
  const forms = new Set([w]);
  const genitive = w.replace(/(?:'s|’s|'|’)$/u, "");
  if (genitive !== w) forms.add(genitive);
  else if (w.endsWith("s") && w.length > 3) forms.add(w.slice(0, -1));
  for (const base of [...forms]) {
    for (const ending of ENDINGS) {
      if (base.endsWith(ending) && base.length - ending.length >= 3) forms.add(base.slice(0, -ending.length));
    }
  }
  return [...forms];
}

/** Lower case, typographic quotes folded, whitespace collapsed, surrounding quotes dropped. */
export function plainName(term: string): string {
  return foldPunctuation(term)
    .replace(/\*+/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^["'(]+|["')]+$/g, "");
}

/** The forms of a name: its words as written (lower case), the last one inflected. */
export function nameForms(term: string): string[] {
  const words = plainName(term).split(" ");
  const last = words.pop() ?? "";
  const head = words.map((w) => w.toLowerCase()).join(" ");
  return wordForms(last).map((f) => (head === "" ? f : `${head} ${f}`));
}

export function sameName(a: string, b: string): boolean {
  const forms = new Set(nameForms(a));
  return nameForms(b).some((f) => forms.has(f));
}

/** A set of names, asked whether it holds a name in any of its forms. */
export class NameSet {
  private readonly forms = new Set<string>();

  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }

  add(name: string): void {
    if (plainName(name) === "") return;
    for (const f of nameForms(name)) this.forms.add(f);
  }

  has(term: string): boolean {
    return nameForms(term).some((f) => this.forms.has(f));
  }
}
