import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

/** What the details panel reads of each edge to group it; EdgeHop draws it. */
export const detailsEdgeFragment = graphql(`
  fragment DetailsEdge on Dependency {
    id
    type
    inferred
    from {
      id
    }
    to {
      id
    }
    ...EdgeHop
  }
`);

export const nodeDetailsDocument = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      ...NodeRef @unmask
      source
      dependentCount {
        direct
        all
        departments
      }
      dependsOn {
        ...DetailsEdge @unmask
      }
      dependents {
        ...DetailsEdge @unmask
      }
      ... on Plan {
        municipality
        administration
        year
        intro
      }
      ... on Department {
        vision
        mainTasks
        resources
        staff
        salaryBudget
        goals {
          id
          name
          kind
        }
        systems {
          id
          name
          kind
        }
      }
      ... on Goal {
        letter
        title
        mainGoal
        strategy
        initiatives {
          id
          name
          kind
        }
        systems {
          id
          name
          kind
        }
        milestones {
          id
          name
          kind
          dateText
        }
      }
      ... on Initiative {
        ordinal
        text
        goal {
          id
          name
          kind
        }
        systems {
          id
          name
          kind
        }
      }
      ... on System {
        category
        aliases
        description
        parent {
          id
          name
          kind
        }
        modules {
          id
          name
          kind
        }
        owner {
          id
          name
        }
        ownerEvidence
      }
      ... on Organisation {
        aliases
        description
      }
      ... on Milestone {
        date
        endDate
        dateText
        precision
      }
      ... on Theme {
        year
        text
      }
      ... on StatusItem {
        year
        text
        outcome
        outcomeText
      }
    }
  }
`);

export function useNodeDetails(id: string | null) {
  return useQuery(nodeDetailsDocument, { variables: { id: id ?? "" }, skip: !id });
}
