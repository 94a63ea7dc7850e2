import type { GraphDb } from "../../graph/driver.js";
import { SEED_PLANS, seedPlan } from "../../seeds/seed-plans.js";

export const SEED_PLAN_ID = "ltk-okf-2009";

/** Loads the 2009 plan (idempotent: a second call changes nothing). */
export async function loadSeedPlan(db: GraphDb): Promise<void> {
  await seedPlan(db, SEED_PLANS[0]!);
}
