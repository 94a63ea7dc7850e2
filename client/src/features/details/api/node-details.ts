import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const edgeFieldsFragment = graphql(`
  fragment DetailsEdge on Dependency {
    id
    type
    evidence
    section
    inferred
    reason
    origin
    crossDepartment
    basis
    viaSystem {
      id
      name
    }
    from {
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
    to {
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
  }
`);

export const nodeDetailsDocument = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      name
      kind
      source
      department {
        id
        name
      }
      dependentCount {
        direct
        all
        departments
      }
      dependsOn {
        ...DetailsEdge
      }
      dependents {
        ...DetailsEdge
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
