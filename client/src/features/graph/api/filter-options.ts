import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const filterOptionsDocument = graphql(`
  query FilterOptions {
    departments {
      id
      name
    }
  }
`);

export function useFilterOptions() {
  return useQuery(filterOptionsDocument);
}
