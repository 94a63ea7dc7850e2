import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const nodeSummaryDocument = graphql(`
  query NodeSummary($id: ID!) {
    node(id: $id) {
      id
      dependentCount {
        direct
        all
      }
    }
  }
`);

/** The two dependents numbers for the tooltip; asked for when a node is pointed at (cached after). */
export function useNodeSummary(id: string | null) {
  return useQuery(nodeSummaryDocument, { variables: { id: id ?? "" }, skip: !id });
}
