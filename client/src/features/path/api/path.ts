import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const pathDocument = graphql(`
  query Path($from: ID!, $to: ID!, $allowHubs: Boolean) {
    path(from: $from, to: $to, allowHubs: $allowHubs) {
      length
      way
      nodes {
        ...NodeRef @unmask
      }
      hops {
        id
      }
      steps {
        direction
        carriesSlip
        from {
          id
        }
        to {
          id
        }
        edge {
          id
          ...EdgeHop
        }
      }
    }
  }
`);

/** The shortest explanation chain between two nodes; the panel and the graph highlight share it. */
export function usePath(from: string | null, to: string | null, allowHubs: boolean, enabled = true) {
  return useQuery(pathDocument, {
    variables: { from: from ?? "", to: to ?? "", allowHubs },
    skip: !from || !to || !enabled,
  });
}

export const pathEndsDocument = graphql(`
  query PathEnd($id: ID!) {
    node(id: $id) {
      ...NodeRef @unmask
    }
  }
`);

export function usePathEnd(id: string | null) {
  return useQuery(pathEndsDocument, { variables: { id: id ?? "" }, skip: !id });
}
