import { graphql } from "../../../gql";
import { usePlanQuery } from "../../../lib/plans";

export const filterOptionsDocument = graphql(`
  query FilterOptions($planId: ID) {
    departments(planId: $planId) {
      id
      name
    }
  }
`);

export function useFilterOptions() {
  return usePlanQuery(filterOptionsDocument);
}
