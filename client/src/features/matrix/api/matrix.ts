import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const matrixDocument = graphql(`
  query DependencyMatrix($planId: ID) {
    dependencyMatrix(planId: $planId) {
      departments {
        id
        name
      }
      cells {
        count
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
`);

export function useDependencyMatrix() {
  const planId = usePlanId();
  return useQuery(matrixDocument, { variables: { planId }, skip: !planId });
}

export const crossDependenciesDocument = graphql(`
  query CrossDependencies($planId: ID) {
    crossDepartmentDependencies(planId: $planId) {
      id
      type
      evidence
      section
      inferred
      reason
      from {
        id
        name
        kind
        department {
          id
          name
        }
      }
      to {
        id
        name
        kind
        department {
          id
          name
        }
      }
    }
  }
`);

/** Fetched only when a cell is opened; filtered to the cell on the client. */
export function useCrossDependencies(enabled: boolean) {
  const planId = usePlanId();
  return useQuery(crossDependenciesDocument, { variables: { planId }, skip: !enabled || !planId });
}
