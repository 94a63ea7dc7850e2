import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const planDocumentDocument = graphql(`
  query PlanDocument($planId: ID!) {
    planDocument(planId: $planId) {
      planId
      file
      sections {
        anchor
        section
        heading
        level
        blocks {
          kind
          text
          depth
        }
        quotes {
          id
          type
          quote
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
        nodes {
          id
          name
          kind
        }
      }
    }
  }
`);

export function usePlanDocument(planId: string) {
  return useQuery(planDocumentDocument, { variables: { planId } });
}
