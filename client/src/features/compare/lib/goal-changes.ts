import type { GoalChangeKind } from "../../../gql/graphql";
import { compareDanish } from "../../../lib/collate";

/** The order the view lists changes in: what a reader must notice first, the unchanged last. */
export const CHANGE_ORDER: readonly GoalChangeKind[] = ["RENAMED", "MOVED", "NEW", "DROPPED", "CONTINUED"];

interface Change {
  change: GoalChangeKind;
  score?: number | null;
  from?: { title: string; department?: { name: string } | null; letter: string } | null;
  to?: { title: string; department?: { name: string } | null; letter: string } | null;
}

export interface ChangeGroup<C> {
  change: GoalChangeKind;
  goals: C[];
}

const sortKey = (c: Change) => {
  const g = c.to ?? c.from;
  return `${g?.department?.name ?? ""} ${g?.letter ?? ""}`;
};

/** Goal changes by kind (CHANGE_ORDER), each by department and letter; empty kinds left out. */
export function groupGoalChanges<C extends Change>(changes: readonly C[]): ChangeGroup<C>[] {
  return CHANGE_ORDER.map((change) => ({
    change,
    goals: changes.filter((c) => c.change === change).sort((a, b) => compareDanish(sortKey(a), sortKey(b))),
  })).filter((g) => g.goals.length > 0);
}

/** Counts per kind, in CHANGE_ORDER, for the summary line. */
export function changeCounts(changes: readonly { change: GoalChangeKind }[]): Record<GoalChangeKind, number> {
  const counts = { CONTINUED: 0, RENAMED: 0, MOVED: 0, NEW: 0, DROPPED: 0 } satisfies Record<GoalChangeKind, number>;
  for (const c of changes) counts[c.change] += 1;
  return counts;
}
