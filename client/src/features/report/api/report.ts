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
      ...MatrixCells @unmask
    }
    crossDepartmentDependencies(planId: $planId, include: [STATED, VIA_SYSTEM]) {
      id
      from {
        ...NodeRef @unmask
      }
      type
      to {
        ...NodeRef @unmask
      }
      evidence
      section
      basis
      viaSystem {
        name
      }
    }
    keyNodes(planId: $planId, limit: 10) {
      dependents
      directDependents
      departments
      node {
        ...NodeRef @unmask
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

export function useMeetingReport(planId: string | null) {
  return useQuery(reportDocument, { variables: { planId: planId ?? "" }, skip: !planId });
}
