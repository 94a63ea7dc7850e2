import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** Everything the meeting report shows, in one request: stated and via-system dependencies only. */
export const reportDocument = graphql(`
  query MeetingReport($planId: ID!) {
    plans {
      id
      name
      municipality
      year
    }
    dependencyMatrix(planId: $planId, include: [STATED, VIA_SYSTEM]) {
      departments {
        id
        name
      }
      cells {
        count
        stated
        viaSystem
        from {
          id
        }
        to {
          id
        }
      }
    }
    crossDepartmentDependencies(planId: $planId, include: [STATED, VIA_SYSTEM]) {
      id
      type
      evidence
      section
      basis
      viaSystem {
        id
        name
      }
      from {
        ...ReportEnd
      }
      to {
        ...ReportEnd
      }
    }
    keyNodes(planId: $planId, limit: 10) {
      dependents
      directDependents
      departments
      node {
        ...ReportEnd
      }
    }
    timeline(planId: $planId) {
      id
      name
      date
      endDate
      past
      timing
      department {
        id
        name
      }
    }
  }
`);

export const reportEndFragment = graphql(`
  fragment ReportEnd on Node {
    id
    name
    kind
    department {
      id
      name
    }
  }
`);

export function useMeetingReport(planId: string | null) {
  return useQuery(reportDocument, { variables: { planId: planId ?? "" }, skip: !planId });
}
