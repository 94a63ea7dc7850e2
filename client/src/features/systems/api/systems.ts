import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const systemListDocument = graphql(`
  query SystemList($planId: ID) {
    systems(planId: $planId) {
      id
      name
      kind
      category
      parent {
        id
      }
      owner {
        id
        name
      }
      dependentCount {
        direct
        all
      }
    }
  }
`);

export function useSystemList() {
  const planId = usePlanId();
  return useQuery(systemListDocument, { variables: { planId }, skip: !planId });
}

export const systemEdgeFragment = graphql(`
  fragment SystemEdge on Dependency {
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
      ... on Goal {
        letter
      }
    }
    to {
      id
      name
      kind
      ... on Goal {
        letter
      }
    }
  }
`);

export const systemLinksDocument = graphql(`
  query SystemLinks($id: ID!) {
    systemLinks(id: $id) {
      system {
        id
        name
        kind
        category
        description
        aliases
        owner {
          id
          name
        }
        ownerEvidence
        dependentCount {
          direct
          all
          departments
        }
      }
      modules {
        id
        name
        kind
      }
      byDepartment {
        department {
          id
          name
        }
        goals {
          id
          name
          kind
        }
        initiatives {
          id
          name
          kind
        }
        edges {
          ...SystemEdge
        }
      }
      otherEdges {
        ...SystemEdge
      }
    }
  }
`);

export function useSystemLinks(id: string | null) {
  return useQuery(systemLinksDocument, { variables: { id: id ?? "" }, skip: !id });
}
