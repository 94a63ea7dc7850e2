/**
 * Links into the plan reader (`/plan/<planId>#<anchor>?q=`): the anchor of a section is the
 * slug of its heading path, with the server's own `slugify` (graph/stored.ts is pure).
 */
import { slugify } from "../../../graph/stored";

export function sectionAnchor(section: string): string {
  return slugify(section) || "top";
}

/** The passage of a quote: its section's anchor, the quote to highlight in `q`. */
export function passageHref(planId: string, section: string, quote?: string | null): string {
  const q = quote ? `?q=${encodeURIComponent(quote)}` : "";
  return `/plan/${encodeURIComponent(planId)}${q}${section ? `#${sectionAnchor(section)}` : ""}`;
}

/** Back into the graph with a node selected (`sel`, as the view state writes it). */
export function graphHref(planId: string, nodeId: string): string {
  return `/?view=graph&plan=${encodeURIComponent(planId)}&sel=${encodeURIComponent(nodeId)}`;
}

/** The plan id of a reader path (`/plan/<planId>`), or null for any other path. */
export function readerPlanId(pathname: string): string | null {
  const match = /^\/plan\/([^/]+)\/?$/.exec(pathname);
  return match ? decodeURIComponent(match[1]!) : null;
}
