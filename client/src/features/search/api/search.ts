import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

export const searchDocument = graphql(`
  query Search($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      score
      snippet
      field
      node {
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

/** Danish full-text search; skipped for fewer than two characters. */
export function useSearch(text: string, limit = 50) {
  const trimmed = text.trim();
  return useQuery(searchDocument, { variables: { text: trimmed, limit }, skip: trimmed.length < 2 });
}
