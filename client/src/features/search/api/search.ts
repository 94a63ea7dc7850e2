import { useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import { usePlanId } from "../../../lib/plans";

export const searchDocument = graphql(`
  query Search($text: String!, $limit: Int, $planId: ID) {
    search(text: $text, limit: $limit, planId: $planId) {
      score
      field
      snippetParts {
        text
        match
      }
      node {
        ...NodeRef @unmask
      }
    }
  }
`);

/** Danish full-text search; skipped for fewer than two characters. */
export function useSearch(text: string, limit = 50) {
  const trimmed = text.trim();
  const planId = usePlanId();
  return useQuery(searchDocument, { variables: { text: trimmed, limit, planId }, skip: trimmed.length < 2 || !planId });
}
