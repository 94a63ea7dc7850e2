import type { DependencyBasis } from "../../../gql/graphql";

const STATED_AND_VIA_SYSTEM: readonly DependencyBasis[] = ["STATED", "VIA_SYSTEM"];
const ALL_BASES: readonly DependencyBasis[] = ["STATED", "VIA_SYSTEM", "INFERRED"];

/** What the matrix counts: what the plan states (outright or via a system), and inferred edges only when asked. */
export function includeBases(inferred: boolean): readonly DependencyBasis[] {
  return inferred ? ALL_BASES : STATED_AND_VIA_SYSTEM;
}
