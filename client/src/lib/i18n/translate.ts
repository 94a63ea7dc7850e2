import { da, type MessageKey } from "./da";
import { en } from "./en";
import type { Lang } from "../url-state/view-state";

export type Params = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: Params) => string;

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { da, en };

/** `{name}` placeholders are filled from params; a missing param stays visible as `{name}`. */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = MESSAGES[lang][key] ?? da[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Placeholder names used by a message, for the completeness test. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? "").sort();
}
