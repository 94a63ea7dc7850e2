import type { GraphFilter } from "../../../gql/graphql";
import type { ViewState } from "../../../lib/url-state";

/** The server filter for the view state; empty lists mean "all" and are left out, as are the defaults. */
export function toGraphFilter(
  state: Pick<ViewState, "departments" | "kinds" | "relations" | "crossOnly" | "inferred">,
): GraphFilter {
  const filter: GraphFilter = {};
  if (state.departments.length) filter.departments = [...state.departments].sort();
  if (state.kinds.length) filter.kinds = [...state.kinds].sort();
  if (state.relations.length) filter.relationTypes = [...state.relations].sort();
  if (state.crossOnly) filter.crossDepartmentOnly = true;
  // Cross-department edges rest on what the plan states (outright or via a system) unless inferred ones are asked for.
  if (state.crossOnly && state.inferred) filter.include = ["STATED", "VIA_SYSTEM", "INFERRED"];
  return filter;
}
