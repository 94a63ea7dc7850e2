import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanQuery } from "../../../lib/plans";

export const timelineDocument = graphql(`
  query Timeline($planId: ID) {
    timeline(planId: $planId) {
      ...NodeRef @unmask
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
    }
  }
`);

export function useTimeline() {
  return usePlanQuery(timelineDocument);
}

export const whatIfDocument = graphql(`
  query WhatIf($milestone: ID!, $slipDays: Int!) {
    whatIf(milestone: $milestone, slipDays: $slipDays) {
      slipDays
      newDate
      newEndDate
      truncated
      milestone {
        ...MilestoneDates @unmask
      }
      moved {
        newDate
        newEndDate
        milestone {
          ...MilestoneDates @unmask
          timing
        }
      }
      fixed {
        ...MilestoneDates @unmask
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
        ...NodeRef @unmask
      }
      initiatives {
        id
      }
      affected {
        depth
        node {
          ...NodeRef @unmask
        }
      }
    }
  }
`);

export function useWhatIf(milestone: string | null, slipDays: number) {
  return useQuery(whatIfDocument, { variables: { milestone: milestone ?? "", slipDays }, skip: !milestone });
}
