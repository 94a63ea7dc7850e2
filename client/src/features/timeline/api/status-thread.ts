import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const statusThreadDocument = graphql(`
  query StatusThread($planId: ID) {
    departments(planId: $planId) {
      id
      name
      statusItems {
        id
        name
        text
        year
        outcome
        outcomeText
        continuedBy {
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
`);

export function useStatusThread(planId: string | null) {
  return useQuery(statusThreadDocument, { variables: { planId }, skip: !planId });
}
