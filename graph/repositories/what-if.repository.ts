import * as cypher from "../cypher/what-if.cypher.js";
import type { GraphDb } from "../driver.js";
import { addDays } from "./algorithms/dates.js";
import { impactOf, MAX_DEPTH, type ImpactRecord } from "./impact.repository.js";
import type { Rooted, StoredNode } from "./records.js";

export interface MovedMilestoneRecord {
  milestone: StoredNode;
  newDate: string;
  newEndDate: string | null;
}

export interface MissedDeadlineRecord {
  /** The DEADLINE milestone that is now missed; it does not move. */
  milestone: StoredNode;
  /** The goals and initiatives hit by the slip that hold it. */
  holders: Array<{ id: string; name: string; kind: string }>;
  /** The deadline's own last day (its end date for a coarse one). */
  deadline: string;
  /** The slipping milestone's date before and after the slip. */
  oldDate: string;
  newDate: string;
  daysLate: number;
}

export interface WhatIfRecord {
  milestone: ImpactRecord["root"];
  slipDays: number;
  newDate: string;
  newEndDate: string | null;
  /** The dated events that come after it (FOLLOWS, transitively), moved by the same days. */
  moved: MovedMilestoneRecord[];
  /** Events that come after it but fall on a fixed date (timing POINT): they stay. */
  fixed: StoredNode[];
  missedDeadlines: MissedDeadlineRecord[];
  impact: ImpactRecord;
}

/** A POINT is a fixed date (an election, a meeting): a slip elsewhere does not move it. */
const isFixed = (node: StoredNode) => node.timing === "POINT";
const lastDay = (node: StoredNode) => String(node.endDate ?? node.date);
const daysBetween = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

const shifted = (node: StoredNode, days: number): MovedMilestoneRecord => ({
  milestone: node,
  newDate: addDays(String(node.date), days),
  newEndDate: typeof node.endDate === "string" ? addDays(node.endDate, days) : null,
});

/** What is hit when the milestone slips by `slipDays`: everything downstream of it, and which dates move or are missed. */
export async function milestoneSlip(
  db: GraphDb,
  milestoneId: string,
  slipDays: number,
  maxDepth = MAX_DEPTH,
): Promise<Rooted<WhatIfRecord>> {
  const impact = await impactOf(db, milestoneId, "downstream", maxDepth);
  if (!impact) return { record: null, kind: null };
  const milestone = impact.root;
  if (milestone.kind !== "Milestone") return { record: null, kind: milestone.kind };
  // A start "straks efter" a date moves with it: every milestone reached through FOLLOWS edges
  // only, unless it, or one before it on the chain, is a fixed date.
  const following = impact.nodes.filter(
    (n) => n.node.kind === "Milestone" && n.chain.every((e) => e.type === "FOLLOWS"),
  );
  const fixed = following.filter((n) => isFixed(n.node)).map((n) => n.node);
  const fixedIds = new Set(fixed.map((n) => n.id));
  const moved = following
    .filter((n) => !fixedIds.has(n.node.id) && n.chain.every((e) => !fixedIds.has(e.from.id) && !fixedIds.has(e.to.id)))
    .map((n) => shifted(n.node, slipDays));
  const own = shifted(milestone, slipDays);
  const missedDeadlines = await missed(db, impact, milestone, own, new Set(moved.map((m) => m.milestone.id)));
  return {
    kind: "Milestone",
    record: {
      milestone,
      slipDays,
      newDate: own.newDate,
      newEndDate: own.newEndDate,
      moved,
      fixed,
      missedDeadlines,
      impact,
    },
  };
}

/**
 * The deadlines of the goals and initiatives hit that the slip now overruns: met by the
 * milestone's old date (its last day), missed by the new one. The milestone itself, when it is a
 * deadline, is missed by the slip. Deadlines that move along (FOLLOWS) are listed as moved instead.
 */
async function missed(
  db: GraphDb,
  impact: ImpactRecord,
  milestone: StoredNode,
  own: MovedMilestoneRecord,
  moving: Set<string>,
): Promise<MissedDeadlineRecord[]> {
  const ids = impact.nodes.filter((n) => n.node.kind === "Goal" || n.node.kind === "Initiative").map((n) => n.node.id);
  const rows = ids.length
    ? await db.read("what-if:deadlines", (tx) =>
        tx.run<{ holder: { id: string; name: string; kind: string }; milestone: StoredNode }>(cypher.heldDeadlines, {
          ids,
        }),
      )
    : [];
  const oldDate = lastDay(milestone);
  const newDate = own.newEndDate ?? own.newDate;
  const byId = new Map<string, MissedDeadlineRecord>();
  if (milestone.timing === "DEADLINE" && newDate > oldDate)
    byId.set(milestone.id, {
      milestone,
      holders: [],
      deadline: oldDate,
      oldDate,
      newDate,
      daysLate: daysBetween(oldDate, newDate),
    });
  for (const { holder, milestone: m } of rows) {
    const deadline = lastDay(m);
    if (moving.has(m.id) || deadline < oldDate || deadline >= newDate) continue;
    const entry = byId.get(m.id) ?? {
      milestone: m,
      holders: [],
      deadline,
      oldDate,
      newDate,
      daysLate: daysBetween(deadline, newDate),
    };
    if (!entry.holders.some((h) => h.id === holder.id)) entry.holders.push(holder);
    byId.set(m.id, entry);
  }
  return [...byId.values()].sort(
    (a, b) => a.deadline.localeCompare(b.deadline) || a.milestone.id.localeCompare(b.milestone.id),
  );
}
