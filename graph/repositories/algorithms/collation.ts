/**
 * Shared collators. `a.localeCompare(b, locale, options)` sets up a collator on every call,
 * which dominates sorting a few hundred items; these give the same order, set up once.
 */
const plain = new Intl.Collator();
const danish = new Intl.Collator("da");
const numeric = new Intl.Collator("en", { numeric: true });

/** As `a.localeCompare(b)`. */
export const compareText = (a: string, b: string): number => plain.compare(a, b);
/** As `a.localeCompare(b, "da")`: names as a Danish reader sorts them (æ, ø, å last). */
export const compareDanish = (a: string, b: string): number => danish.compare(a, b);
/** As `a.localeCompare(b, "en", { numeric: true })`: ids with running numbers in number order. */
export const compareNumeric = (a: string, b: string): number => numeric.compare(a, b);
