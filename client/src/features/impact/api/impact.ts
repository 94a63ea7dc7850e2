import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { ImpactDirection } from "../../../lib/vocabulary";

export const impactDocument = graphql(`
  query Impact($id: ID!, $direction: ImpactDirection, $maxDepth: Int) {
    impact(id: $id, direction: $direction, maxDepth: $maxDepth) {
      root {
        ...NodeRef @unmask
        dependentCount {
          direct
          all
          departments
        }
      }
      direction
      maxDepth
      truncated
      truncatedReason
      cut {
        nodesBeyondDepth
        beyondIsLowerBound
        nodesWithinDepth
        nodeLimit
      }
      nodes {
        depth
        node {
          ...NodeRef @unmask
        }
        via {
          id
          type
          evidence
          section
          inferred
          from {
            id
          }
          to {
            id
          }
          ...EdgeHop
        }
      }
      edges {
        id
      }
    }
  }
`);

/** Impact of a node; the graph highlight and the panel share this query (one request, cached). */
export function useImpact(id: string | null, direction: ImpactDirection, maxDepth: number, enabled = true) {
  return useQuery(impactDocument, {
    variables: { id: id ?? "", direction, maxDepth },
    skip: !id || !enabled,
  });
}
