/**
 * A GraphQL operation that carries the shape of its answer and of its variables, so a test
 * reads `data.impact.nodes` as typed fields rather than untyped JSON (the idea of graphql-js's
 * `TypedQueryDocumentNode`, for operations sent as text).
 */
export type Variables = Record<string, unknown>;

export interface Operation<TData, TVariables extends Variables = Variables> {
  readonly source: string;
  /** Never set: only carries the types. */
  readonly types?: (variables: TVariables) => TData;
}

export function operation<TData, TVariables extends Variables = Variables>(
  source: string,
): Operation<TData, TVariables> {
  return { source };
}

/** The text to send for an operation given either way. */
export const sourceOf = (query: string | Operation<unknown, never>): string =>
  typeof query === "string" ? query : query.source;
