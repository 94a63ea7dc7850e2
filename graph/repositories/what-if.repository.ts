import type { GraphDb } from "../driver.js";
import { addDays } from "./algorithms/dates.js";
import { impactOf, MAX_DEPTH, type ImpactRecord } from "./impact.repository.js";
import type { Rooted, StoredNode } from "./records.js";

export interface MovedMilestoneRecord {
  milestone: StoredNode;
  newDate: string;
  newEndDate: string | null;
}

export interface WhatIfRecord {
  milestone: ImpactRecord["root"];
  slipDays: number;
  newDate: string;
  newEndDate: string | null;
  /** The dated events that come after it (FOLLOWS, transitively), moved by the same days. */
  moved: MovedMilestoneRecord[];
  impact: ImpactRecord;
}

const shifted = (node: StoredNode, days: number): MovedMilestoneRecord => ({
  milestone: node,
  newDate: addDays(String(node.date), days),
  newEndDate: typeof node.endDate === "string" ? addDays(node.endDate, days) : null,
});

/** What is hit when the milestone slips by `slipDays`: everything downstream of it. */
export async function milestoneSlip(db: GraphDb, milestoneId: string, slipDays: number, maxDepth = MAX_DEPTH): Promise<Rooted<WhatIfRecord>> {
  const impact = await impactOf(db, milestoneId, "downstream", maxDepth);
  if (!impact) return { record: null, kind: null };
  const milestone = impact.root;
  if (milestone.kind !== "Milestone") return { record: null, kind: milestone.kind };
  // A start "straks efter" a date moves with it: every milestone reached through FOLLOWS edges only.
  const moved = impact.nodes.filter((n) => n.node.kind === "Milestone" && n.chain.every((e) => e.type === "FOLLOWS")).map((n) => shifted(n.node, slipDays));
  const own = shifted(milestone, slipDays);
  return { kind: "Milestone", record: { milestone, slipDays, newDate: own.newDate, newEndDate: own.newEndDate, moved, impact } };
}
