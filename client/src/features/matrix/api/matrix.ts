import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { DependencyBasis } from "../../../gql/graphql";
import { usePlanId } from "../../../lib/plans";

export const matrixDocument = graphql(`
  query DependencyMatrix($planId: ID, $include: [DependencyBasis!]) {
    dependencyMatrix(planId: $planId, include: $include) {
      include
      departments {
        id
        name
      }
      cells {
        count
        stated
        viaSystem
        inferred
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

export function useDependencyMatrix(include: readonly DependencyBasis[]) {
  const planId = usePlanId();
  return useQuery(matrixDocument, { variables: { planId, include: [...include] }, skip: !planId });
}

export const crossEndFragment = graphql(`
  fragment CrossEnd on Node {
    id
    name
    kind
    department {
      id
      name
    }
    ... on Goal {
      letter
    }
    ... on System {
      owner {
        id
        name
      }
    }
  }
`);

export const crossDependenciesDocument = graphql(`
  query CrossDependencies($planId: ID, $include: [DependencyBasis!]) {
    crossDepartmentDependencies(planId: $planId, include: $include) {
      id
      type
      evidence
      section
      inferred
      reason
      basis
      viaSystem {
        id
        name
      }
      from {
        ...CrossEnd
      }
      to {
        ...CrossEnd
      }
    }
  }
`);

/** Fetched only when a cell is opened; filtered to the cell on the client. */
export function useCrossDependencies(enabled: boolean, include: readonly DependencyBasis[]) {
  const planId = usePlanId();
  return useQuery(crossDependenciesDocument, {
    variables: { planId, include: [...include] },
    skip: !enabled || !planId,
  });
}
