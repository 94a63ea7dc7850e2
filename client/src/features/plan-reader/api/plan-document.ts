import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

graphql(`
  fragment PlanNode on PlanNodeRef {
    id
    name
    kind
  }
`);

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
            ...PlanNode @unmask
          }
          to {
            ...PlanNode @unmask
          }
        }
        nodes {
          ...PlanNode @unmask
        }
      }
    }
  }
`);

export function usePlanDocument(planId: string) {
  return useQuery(planDocumentDocument, { variables: { planId } });
}
