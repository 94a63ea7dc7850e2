import type { Tx } from "../driver.js";
import { planExists } from "../cypher/node.cypher.js";

/** True when `planId` is null (every plan) or names a plan in the graph. */
export async function planInScope(tx: Tx, planId: string | null): Promise<boolean> {
  if (planId === null) return true;
  const [row] = await tx.run<{ found: boolean }>(planExists, { planId });
  return row?.found === true;
}
