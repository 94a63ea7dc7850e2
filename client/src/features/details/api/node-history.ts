import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Fra 2008 / Videreføres i: the year-to-year thread of one node (CONTINUES_AS, both ways). */
export const nodeHistoryDocument = graphql(`
  query NodeHistory($id: ID!) {
    node(id: $id) {
      id
      ... on Goal {
        history {
          ...HistoryLine @unmask
        }
      }
      ... on Initiative {
        history {
          ...HistoryLine @unmask
        }
      }
      ... on StatusItem {
        year
        continuedBy {
          ...NodeRef @unmask
        }
      }
    }
  }
`);

graphql(`
  fragment HistoryLine on StatusItem {
    id
    name
    year
    text
    outcome
    outcomeText
    department {
      id
      name
    }
  }
`);

export function useNodeHistory(id: string | null) {
  return useQuery(nodeHistoryDocument, { variables: { id: id ?? "" }, skip: !id });
}
