import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const filterOptionsDocument = graphql(`
  query FilterOptions($planId: ID) {
    departments(planId: $planId) {
      id
      name
    }
  }
`);

export function useFilterOptions() {
  const planId = usePlanId();
  return useQuery(filterOptionsDocument, { variables: { planId }, skip: !planId });
}
