import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanQuery } from "../../../lib/plans";

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
  return usePlanQuery(systemListDocument);
}

export const systemLinksDocument = graphql(`
  query SystemLinks($id: ID!) {
    systemLinks(id: $id) {
      system {
        ...NodeRef @unmask
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
          ...NodeRef @unmask
        }
        edges {
          id
          inferred
          ...EdgeHop
        }
      }
      otherEdges {
        id
        inferred
        ...EdgeHop
      }
    }
  }
`);

export function useSystemLinks(id: string | null) {
  return useQuery(systemLinksDocument, { variables: { id: id ?? "" }, skip: !id });
}
