/**
 * The query string a named view keeps: the current one as the URL holds the view state, with
 * the plan written out, so the link opens the same plan even after a newer one is loaded.
 */
export function viewQuery(search: string, planId: string): string {
  const params = new URLSearchParams(search);
  if (!params.get("plan")) params.set("plan", planId);
  return `?${params.toString()}`;
}
