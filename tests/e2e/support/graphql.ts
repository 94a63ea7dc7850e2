/** Asks the running app's API directly, for the numbers a journey must show (never hard-coded). */
import { sourceOf, type Operation, type Variables } from "../../helpers/operation.js";

export async function gql<TData, TVariables extends Variables>(
  appUrl: string,
  query: Operation<TData, TVariables>,
  variables?: TVariables,
): Promise<TData>;
export async function gql<TData = Record<string, unknown>>(
  appUrl: string,
  query: string,
  variables?: Variables,
): Promise<TData>;
export async function gql(
  appUrl: string,
  query: string | Operation<unknown, never>,
  variables: Variables = {},
): Promise<unknown> {
  const response = await fetch(`${appUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: sourceOf(query), variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
