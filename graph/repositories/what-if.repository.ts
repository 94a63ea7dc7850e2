import type { GraphDb } from "../driver.js";
import { addDays } from "./algorithms/dates.js";
import { impactOf, MAX_DEPTH, type ImpactRecord } from "./impact.repository.js";
import type { Rooted } from "./records.js";

export interface WhatIfRecord {
  milestone: ImpactRecord["root"];
  slipDays: number;
  newDate: string;
  newEndDate: string | null;
  impact: ImpactRecord;
}

/** What is hit when the milestone slips by `slipDays`: everything downstream of it. */
export async function milestoneSlip(db: GraphDb, milestoneId: string, slipDays: number, maxDepth = MAX_DEPTH): Promise<Rooted<WhatIfRecord>> {
  const impact = await impactOf(db, milestoneId, "downstream", maxDepth);
  if (!impact) return { record: null, kind: null };
  const milestone = impact.root;
  if (milestone.kind !== "Milestone") return { record: null, kind: milestone.kind };
  const endDate = typeof milestone.endDate === "string" ? milestone.endDate : null;
  return {
    kind: "Milestone",
    record: {
      milestone,
      slipDays,
      newDate: addDays(String(milestone.date), slipDays),
      newEndDate: endDate ? addDays(endDate, slipDays) : null,
      impact,
    },
  };
}
