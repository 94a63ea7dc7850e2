import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const keyNodesDocument = graphql(`
  query KeyNodes($planId: ID, $limit: Int) {
    keyNodes(planId: $planId, limit: $limit) {
      node {
        id
        name
        kind
        department {
          id
          name
        }
      }
      dependents
      directDependents
      betweenness
      departments
    }
  }
`);

export function useKeyNodes(limit: number) {
  const planId = usePlanId();
  return useQuery(keyNodesDocument, { variables: { planId, limit }, skip: !planId });
}
