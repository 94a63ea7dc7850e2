import { useMutation, useQuery } from "@apollo/client/react";
import { graphql } from "../../../gql";

graphql(`
  fragment SavedView on SavedView {
    id
    name
    url
    createdBy
    version
  }
`);

export const savedViewsDocument = graphql(`
  query SavedViews($planId: ID!) {
    views(planId: $planId) {
      ...SavedView @unmask
    }
  }
`);

export const saveViewDocument = graphql(`
  mutation SaveView($input: SaveViewInput!) {
    saveView(input: $input) {
      ...SavedView @unmask
    }
  }
`);

export const deleteViewDocument = graphql(`
  mutation DeleteView($id: ID!, $version: Int!) {
    deleteView(id: $id, version: $version) {
      deletedIds
    }
  }
`);

export function useSavedViews(planId: string | null) {
  return useQuery(savedViewsDocument, { variables: { planId: planId ?? "" }, skip: !planId });
}

/** Save and delete; each refetches the plan's list so every menu shows what the server holds. */
export function useViewMutations(planId: string | null) {
  const refetchQueries = planId ? [{ query: savedViewsDocument, variables: { planId } }] : [];
  const [save, saving] = useMutation(saveViewDocument, { refetchQueries, awaitRefetchQueries: true });
  const [remove, removing] = useMutation(deleteViewDocument, { refetchQueries, awaitRefetchQueries: true });
  return { save, remove, busy: saving.loading || removing.loading };
}
