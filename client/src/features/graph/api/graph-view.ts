import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";
import type { GraphFilter } from "../../../gql/graphql";

export const graphViewDocument = graphql(`
  query GraphView($filter: GraphFilter, $planId: ID) {
    graph(filter: $filter) {
      nodes {
        id
        name
        kind
        departmentId
        label
      }
      edges {
        id
        source
        target
        type
        evidence
        section
        inferred
        crossDepartment
        basis
      }
      truncated
      totalNodes
      totalEdges
    }
    departments(planId: $planId) {
      id
      name
    }
  }
`);

/** The whole filtered graph and the department list (for colours and filters) in one round trip. */
export function useGraphView(filter: GraphFilter | null, skip = false) {
  const planId = usePlanId();
  return useQuery(graphViewDocument, {
    variables: { filter: { ...filter, planId }, planId },
    skip: !planId || filter === null || skip,
  });
}
