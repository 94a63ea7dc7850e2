import type { GraphFilter, NodeKind } from "../../../gql/graphql";

/** What takes part in the overview's cross-department links. */
export const OVERVIEW_KINDS: readonly NodeKind[] = ["GOAL", "INITIATIVE", "SYSTEM"];

/**
 * The landing view: only goals, initiatives and systems at the ends of cross-department links
 * (stated, or via a system; inferred ones when asked for), within the reader's own filters.
 * Null when the reader's kinds leave none of those: then the overview has nothing to show.
 */
export function overviewFilter(filter: GraphFilter): GraphFilter | null {
  const kinds = filter.kinds?.length ? OVERVIEW_KINDS.filter((k) => filter.kinds!.includes(k)) : [...OVERVIEW_KINDS];
  if (kinds.length === 0) return null;
  return {
    ...filter,
    kinds: [...kinds].sort(),
    crossDepartmentOnly: true,
    include: filter.include ?? ["STATED", "VIA_SYSTEM"],
  };
}
