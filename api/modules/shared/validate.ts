/** Checks on planners' input; each failure is a BAD_USER_INPUT naming the field. */
import { badInput } from "../../errors.js";

export function text(field: string, value: string, { min = 1, max = 500 } = {}): string {
  const trimmed = value.trim();
  if (trimmed.length < min) throw badInput(`${field} must not be empty.`, field);
  if (trimmed.length > max)
    throw badInput(`${field} is ${trimmed.length} characters long; at most ${max} are allowed.`, field);
  return trimmed;
}

export function optionalText(field: string, value: string | undefined | null, max = 5000): string | undefined {
  return value === undefined || value === null ? undefined : text(field, value, { min: 0, max });
}

export function letter(field: string, value: string): string {
  const upper = value.trim().toUpperCase();
  if (!/^[A-ZÆØÅ]$/.test(upper)) throw badInput(`${field} must be one letter (A-Z, Æ, Ø, Å), got "${value}".`, field);
  return upper;
}

export function isoDate(field: string, value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  const date = match ? new Date(`${value.trim()}T00:00:00Z`) : null;
  if (!match || !date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value.trim()) {
    throw badInput(`${field} must be a date written YYYY-MM-DD, got "${value}".`, field);
  }
  return value.trim();
}

export function aliases(field: string, values: string[]): string[] {
  if (values.length > 20) throw badInput(`${field} has ${values.length} entries; at most 20 are allowed.`, field);
  return [...new Set(values.map((v, i) => text(`${field}[${i}]`, v, { max: 100 })))];
}

export function version(field: string, value: number): number {
  if (!Number.isInteger(value) || value < 1)
    throw badInput(`${field} must be a positive whole number (the version you read).`, field);
  return value;
}

/** Patches: drop fields the caller did not send; refuse an empty patch. */
export function patchOf(fields: Record<string, unknown>): Record<string, unknown> {
  const patch = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (Object.keys(patch).length === 0) throw badInput("The patch changes nothing: send at least one field.", "patch");
  return patch;
}
