import { Arg, ID } from "type-graphql";

/** The optional `planId` argument of list queries. */
export const PlanIdArg = () =>
  Arg("planId", () => ID, {
    nullable: true,
    description: 'Id of a plan, e.g. "ltk-okf-2009"; leave out for every plan. An unknown id is NOT_FOUND.',
  });
