import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const matrixDocument = graphql(`
  query DependencyMatrix {
    dependencyMatrix {
      departments {
        id
        name
      }
      cells {
        count
        from {
          id
          name
        }
        to {
          id
          name
        }
      }
    }
  }
`);

export function useDependencyMatrix() {
  return useQuery(matrixDocument);
}

export const crossDependenciesDocument = graphql(`
  query CrossDependencies {
    crossDepartmentDependencies {
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
        department {
          id
          name
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
      }
    }
  }
`);

/** Fetched only when a cell is opened; filtered to the cell on the client. */
export function useCrossDependencies(enabled: boolean) {
  return useQuery(crossDependenciesDocument, { skip: !enabled });
}
