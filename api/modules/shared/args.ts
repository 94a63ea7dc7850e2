/**
 * Argument checks shared by the resolvers: each returns the normalised value or throws a
 * BAD_USER_INPUT / NOT_FOUND GraphQLError whose message says what to send instead.
 */
import type { Rooted } from "../../../graph/repositories/records.js";
import { badInput, notFound } from "../../errors.js";

/** A whole number in [min, max]; `fallback` when the client sent null. */
export function intInRange(
  name: string,
  value: number | null | undefined,
  min: number,
  max: number,
  fallback?: number,
): number {
  const n = value ?? fallback;
  if (n === undefined || !Number.isInteger(n) || n < min || n > max) {
    throw badInput(`${name} must be a whole number from ${min} to ${max}; got ${String(value)}.`, name);
  }
  return n;
}

/** A non-empty id, trimmed. */
export function requiredId(name: string, value: string): string {
  const id = value.trim();
  if (!id) throw badInput(`${name} must not be empty: send a node id such as "ltk-okf-2009:it-afdelingen:e".`, name);
  if (id.length > 300) throw badInput(`${name} is ${id.length} characters long; ids are at most 300.`, name);
  return id;
}

/** An optional id: null when absent, otherwise as `requiredId`. */
export function optionalId(name: string, value: string | null | undefined): string | null {
  return value === null || value === undefined ? null : requiredId(name, value);
}

/** A list filter: null when absent; an empty list is a mistake rather than "nothing". */
export function optionalList<T>(name: string, values: readonly T[] | null | undefined): T[] | null {
  if (values === null || values === undefined) return null;
  if (values.length === 0) throw badInput(`${name} is an empty list: leave it out to mean "all".`, name);
  return [...new Set(values)];
}

export const MAX_SEARCH_TEXT = 200;

/** Search text: trimmed, not empty, at most MAX_SEARCH_TEXT characters. */
export function searchText(value: string): string {
  const text = value.replace(/\s+/gu, " ").trim();
  if (!text) throw badInput("text must contain at least one word to search for.", "text");
  if (text.length > MAX_SEARCH_TEXT)
    throw badInput(`text is ${text.length} characters long; search text is at most ${MAX_SEARCH_TEXT}.`, "text");
  return text;
}

/** The value, or NOT_FOUND when the repository found nothing at `id`. */
export function found<T>(value: T | null, what: string, id: string): T {
  if (value === null) throw notFound(what, id);
  return value;
}

/** The record of a node of the expected kind; NOT_FOUND when there is no node, BAD_USER_INPUT when it is of another kind. */
export function ofKind<T>(result: Rooted<T>, expected: string, id: string, argument: string): T {
  if (result.record !== null) return result.record;
  if (result.kind === null) throw notFound(expected, id);
  throw badInput(
    `"${id}" is a ${result.kind}, not a ${expected}: ${argument} must be the id of a ${expected}.`,
    argument,
  );
}
