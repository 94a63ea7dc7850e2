import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";
import type { SuggestionStatus } from "../../../gql/graphql";

export const reviewSuggestionFragment = graphql(`
  fragment ReviewSuggestion on Suggestion {
    id
    kind
    label
    quote
    section
    line
    confidence
    rule
    status
    version
    fromId
    toId
    fromLabel
    toLabel
    factId
    from {
      ...NodeRef @unmask
    }
    to {
      ...NodeRef @unmask
    }
  }
`);

export const reviewSuggestionsDocument = graphql(`
  query ReviewSuggestions($planId: ID!, $status: SuggestionStatus) {
    suggestions(planId: $planId, status: $status) {
      ...ReviewSuggestion @unmask
    }
  }
`);

export function useSuggestions(planId: string | null, status: SuggestionStatus | null) {
  return useQuery(reviewSuggestionsDocument, {
    variables: { planId: planId ?? "", status },
    skip: !planId,
    fetchPolicy: "cache-and-network",
    nextFetchPolicy: "cache-first",
  });
}

export const acceptSuggestionDocument = graphql(`
  mutation AcceptSuggestion($id: ID!) {
    acceptSuggestion(id: $id) {
      ...ReviewSuggestion @unmask
    }
  }
`);

export const rejectSuggestionDocument = graphql(`
  mutation RejectSuggestion($id: ID!) {
    rejectSuggestion(id: $id) {
      ...ReviewSuggestion @unmask
    }
  }
`);

export const editSuggestionDocument = graphql(`
  mutation EditSuggestion($id: ID!, $patch: SuggestionPatch!) {
    editSuggestion(id: $id, patch: $patch) {
      ...ReviewSuggestion @unmask
    }
  }
`);

export const acceptRuleDocument = graphql(`
  mutation AcceptSuggestionsOfRule($planId: ID!, $rule: String!) {
    acceptSuggestionsOfRule(planId: $planId, rule: $rule) {
      ...ReviewSuggestion @unmask
    }
  }
`);

export function useReviewMutations() {
  const [accept] = useMutation(acceptSuggestionDocument);
  const [reject] = useMutation(rejectSuggestionDocument);
  const [edit] = useMutation(editSuggestionDocument);
  const [acceptRule] = useMutation(acceptRuleDocument);
  return { accept, reject, edit, acceptRule };
}

/** The nodes an edited suggestion may point at: departments, goals, initiatives, systems, organisations. */
export const reviewEndpointsDocument = graphql(`
  query ReviewEndpoints($planId: ID!) {
    departments(planId: $planId) {
      id
      name
      goals {
        id
        name
        letter
        initiatives {
          id
          name
        }
      }
    }
    systems(planId: $planId) {
      id
      name
    }
    organisations(planId: $planId) {
      id
      name
    }
  }
`);

export function useEndpoints(planId: string, skip: boolean) {
  return useQuery(reviewEndpointsDocument, { variables: { planId }, skip });
}
