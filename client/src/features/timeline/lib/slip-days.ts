/** The slip the API accepts: a whole number of days, 1 to 3650 (about ten years). */
export const MIN_SLIP_DAYS = 1;
export const MAX_SLIP_DAYS = 3650;

/** The typed slip as days, or null when it is not a whole number in range. */
export function parseSlipDays(text: string): number | null {
  const trimmed = text.trim();
  if (!/^[+-]?\d+$/.test(trimmed)) return null;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) && n >= MIN_SLIP_DAYS && n <= MAX_SLIP_DAYS ? n : null;
}
