/**
 * Compares two answers as parsed JSON (object key order ignored, array order kept): null
 * when they are equal, else where they first differ, e.g. `impact.nodes: 212 vs 210 items`.
 */
export function answerDifference(a: unknown, b: unknown, at = ""): string | null {
  const where = at || "(answer)";
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b)) return `${where}: ${kind(a)} vs ${kind(b)}`;
    if (a.length !== b.length) return `${where}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = answerDifference(a[i], b[i], `${at}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (isObject(a) || isObject(b)) {
    if (!isObject(a) || !isObject(b)) return `${where}: ${kind(a)} vs ${kind(b)}`;
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
    for (const key of keys) {
      if (!(key in a) || !(key in b))
        return `${at ? `${at}.` : ""}${key}: ${key in a ? "only in the first" : "only in the second"}`;
      const d = answerDifference(a[key], b[key], at ? `${at}.${key}` : key);
      if (d) return d;
    }
    return null;
  }
  return Object.is(a, b) ? null : `${where}: ${short(a)} vs ${short(b)}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const kind = (v: unknown) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
const short = (v: unknown) => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
};
