import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const pathDocument = graphql(`
  query Path($from: ID!, $to: ID!) {
    path(from: $from, to: $to) {
      length
      nodes {
        id
        name
        kind
        department {
          id
          name
        }
      }
      hops {
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
        }
        to {
          id
          name
          kind
        }
      }
    }
  }
`);

/** The shortest explanation chain between two nodes; the panel and the graph highlight share it. */
export function usePath(from: string | null, to: string | null, enabled = true) {
  return useQuery(pathDocument, { variables: { from: from ?? "", to: to ?? "" }, skip: !from || !to || !enabled });
}

export const pathEndsDocument = graphql(`
  query PathEnd($id: ID!) {
    node(id: $id) {
      id
      name
      kind
    }
  }
`);

export function usePathEnd(id: string | null) {
  return useQuery(pathEndsDocument, { variables: { id: id ?? "" }, skip: !id });
}
