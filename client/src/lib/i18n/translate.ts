import { da, type MessageKey } from "./da";
import type { Lang } from "../url-state/view-state";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

/**
 * The dictionaries loaded so far. Danish, the default, comes with the page; English is loaded when it is first
 * asked for (`loadMessages`), so the landing page does not carry it. Until then English falls back to Danish.
 */
export const MESSAGES: Partial<Record<Lang, Record<MessageKey, string>>> = { da };

const LOADERS: Record<Lang, () => Promise<Record<MessageKey, string>>> = {
  da: () => Promise.resolve(da),
  en: () => import("./en").then((m) => m.en),
};
const pending = new Map<Lang, Promise<void>>();
const listeners = new Set<() => void>();

export function isLoaded(lang: Lang): boolean {
  return MESSAGES[lang] !== undefined;
}

/** Loads a language's dictionary once; a failed download (offline, a redeploy) may be retried by the next call. */
export function loadMessages(lang: Lang): Promise<void> {
  if (isLoaded(lang)) return Promise.resolve();
  let loading = pending.get(lang);
  if (!loading) {
    loading = LOADERS[lang]().then(
      (messages) => {
        MESSAGES[lang] = messages;
        pending.delete(lang);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        pending.delete(lang);
        throw error;
      },
    );
    pending.set(lang, loading);
  }
  return loading;
}

/** Calls `listener` whenever a dictionary has arrived; returns the unsubscribe function. */
export function onMessagesLoaded(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * `{count, plural, one {# resultat} other {# resultater}}`: the form for the number in `count`
 * by the language's plural rules (`=0 {…}` for an exact number first), `#` standing for it.
 * A form may hold plain `{name}` placeholders.
 */
const PLURAL = /\{(\w+), plural,((?:\s*(?:=\d+|zero|one|two|few|many|other)\s*\{(?:[^{}]|\{\w+\})*\})+)\s*\}/g;
const FORM = /(=\d+|zero|one|two|few|many|other)\s*\{((?:[^{}]|\{\w+\})*)\}/g;

const pluralRules = new Map<Lang, Intl.PluralRules>();
function rulesFor(lang: Lang): Intl.PluralRules {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(lang)));
  return rules;
}

/** The form of a plural block for a value; a value that is not a number takes `other`. */
function pluralForm(lang: Lang, forms: string, value: string | number): string {
  const byName = new Map([...forms.matchAll(FORM)].map((m) => [m[1] ?? "", m[2] ?? ""]));
  const n = typeof value === "number" ? value : Number(value);
  const category = Number.isFinite(n) ? rulesFor(lang).select(n) : "other";
  const form =
    (Number.isFinite(n) ? byName.get(`=${n}`) : undefined) ?? byName.get(category) ?? byName.get("other") ?? "";
  return form.replace(/#/g, String(value));
}

/**
 * `{name}` placeholders are filled from params; a missing param stays visible as `{name}`.
 * Plural blocks take the form for their number in the message's language.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = MESSAGES[lang]?.[key] ?? da[key] ?? key;
  if (!params) return template;
  const plural = template.replace(PLURAL, (whole, name: string, forms: string) =>
    name in params ? pluralForm(lang, forms, params[name]!) : whole,
  );
  return plural.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Placeholder names used by a message (plural ones included, each once), for the completeness test. */
export function placeholders(template: string): string[] {
  const names = new Set<string>();
  const rest = template.replace(PLURAL, (_whole, name: string, forms: string) => {
    names.add(name);
    return forms;
  });
  for (const m of rest.matchAll(/\{(\w+)\}/g)) names.add(m[1] ?? "");
  return [...names].sort();
}
