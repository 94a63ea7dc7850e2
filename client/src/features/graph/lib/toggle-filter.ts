/**
 * Filter lists are "empty = all". Toggling a value flips it within the active set; when all are
 * active again the list goes back to empty. The last active value cannot be switched off.
 */
export function toggleFilter<T>(all: readonly T[], current: readonly T[], value: T): T[] {
  const active = new Set(current.length ? current : all);
  if (active.has(value)) active.delete(value);
  else active.add(value);
  const next = all.filter((v) => active.has(v));
  if (next.length === 0) return [...current];
  return next.length === all.length ? [] : next;
}

export function isFilterActive<T>(current: readonly T[], value: T): boolean {
  return current.length === 0 || current.includes(value);
}
