import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { DependencyBasis } from "../../../gql/graphql";
import { usePlanId } from "../../../lib/plans";

export const matrixDocument = graphql(`
  query DependencyMatrix($planId: ID, $include: [DependencyBasis!]) {
    dependencyMatrix(planId: $planId, include: $include) {
      include
      ...MatrixCells @unmask
    }
  }
`);

export function useDependencyMatrix(include: readonly DependencyBasis[]) {
  const planId = usePlanId();
  return useQuery(matrixDocument, { variables: { planId, include: [...include] }, skip: !planId });
}

/** A party of a cross-department edge, with what the cell filter reads: a system's responsible department. */
export const crossEndFragment = graphql(`
  fragment CrossEnd on Node {
    ...NodeRef @unmask
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
      inferred
      basis
      from {
        ...CrossEnd @unmask
      }
      to {
        ...CrossEnd @unmask
      }
      ...EdgeHop
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
