import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const pathDocument = graphql(`
  query Path($from: ID!, $to: ID!, $allowHubs: Boolean) {
    path(from: $from, to: $to, allowHubs: $allowHubs) {
      length
      way
      nodes {
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
          type
          evidence
          section
          inferred
          reason
          from {
            id
            name
            kind
            ... on Goal {
              letter
            }
          }
          to {
            id
            name
            kind
            ... on Goal {
              letter
            }
          }
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
      id
      name
      kind
      ... on Goal {
        letter
      }
    }
  }
`);

export function usePathEnd(id: string | null) {
  return useQuery(pathEndsDocument, { variables: { id: id ?? "" }, skip: !id });
}
