import type { TypedDocumentNode } from "@apollo/client";
import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql";
import { useViewState } from "./url-state";

export const plansDocument = graphql(`
  query Plans {
    plans {
      id
      name
      municipality
      administration
      year
    }
  }
`);

/**
 * The plan every view shows: the one in the URL, else the newest in the graph (the API
 * lists plans newest first). Null until the plan list has arrived.
 */
export function usePlanId(): string | null {
  const [state] = useViewState();
  const { data } = useQuery(plansDocument);
  return state.plan ?? data?.plans[0]?.id ?? null;
}

/** A query about the current plan (its only variable the plan id), waiting until the plan is known. */
export function usePlanQuery<TData>(document: TypedDocumentNode<TData, { planId?: string | null }>) {
  const planId = usePlanId();
  return useQuery(document, { variables: { planId }, skip: !planId });
}
