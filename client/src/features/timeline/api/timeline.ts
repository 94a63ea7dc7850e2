import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const timelineDocument = graphql(`
  query Timeline($planId: ID) {
    timeline(planId: $planId) {
      id
      name
      kind
      date
      endDate
      dateText
      precision
      timing
      past
      follows {
        id
        name
      }
      department {
        id
        name
      }
    }
  }
`);

export function useTimeline() {
  const planId = usePlanId();
  return useQuery(timelineDocument, { variables: { planId }, skip: !planId });
}

export const whatIfDocument = graphql(`
  query WhatIf($milestone: ID!, $slipDays: Int!) {
    whatIf(milestone: $milestone, slipDays: $slipDays) {
      slipDays
      newDate
      newEndDate
      truncated
      milestone {
        id
        name
        dateText
        date
        endDate
      }
      moved {
        newDate
        newEndDate
        milestone {
          id
          name
          date
          endDate
          dateText
          timing
        }
      }
      fixed {
        id
        name
        date
        dateText
      }
      missedDeadlines {
        deadline
        oldDate
        newDate
        daysLate
        milestone {
          id
          name
          dateText
        }
        holders {
          id
          name
          kind
        }
      }
      goals {
        id
        name
        kind
        department {
          id
          name
        }
      }
      initiatives {
        id
        name
        kind
        department {
          id
          name
        }
      }
      affected {
        depth
        node {
          id
          name
          kind
          department {
            id
            name
          }
        }
        via {
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
  }
`);

export function useWhatIf(milestone: string | null, slipDays: number) {
  return useQuery(whatIfDocument, { variables: { milestone: milestone ?? "", slipDays }, skip: !milestone });
}
