import { Arg, ID } from "type-graphql";
import { found, optionalId } from "./args.js";

/** The optional `planId` argument of list queries. */
export const PlanIdArg = () =>
  Arg("planId", () => ID, {
    nullable: true,
    description: 'Id of a plan, e.g. "ltk-okf-2009"; leave out for every plan. An unknown id is NOT_FOUND.',
  });

/** What `read` answers for the plan `planId` (checked; null means every plan); NOT_FOUND when there is no such plan. */
export async function inPlan<T>(planId: string | null, read: (plan: string | null) => Promise<T | null>): Promise<T> {
  const plan = optionalId("planId", planId);
  return found(await read(plan), "Plan", plan ?? "");
}
