import type { GraphFilter } from "../../../gql/graphql";
import type { ViewState } from "../../../lib/url-state";

/** The server filter for the view state; empty lists mean "all" and are left out. */
export function toGraphFilter(state: Pick<ViewState, "departments" | "kinds" | "relations" | "crossOnly">): GraphFilter {
  const filter: GraphFilter = {};
  if (state.departments.length) filter.departments = [...state.departments].sort();
  if (state.kinds.length) filter.kinds = [...state.kinds].sort();
  if (state.relations.length) filter.relationTypes = [...state.relations].sort();
  if (state.crossOnly) filter.crossDepartmentOnly = true;
  return filter;
}
