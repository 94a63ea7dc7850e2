import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

export interface ReviewError {
  code: string | null;
  message: string;
}

/** The GraphQL error code of a failed request (CONFLICT, FORBIDDEN, ...), also for HTTP 401/403 answers. */
export function reviewError(error: unknown): ReviewError {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    return {
      code: typeof first?.extensions?.code === "string" ? first.extensions.code : null,
      message: first?.message ?? error.message,
    };
  }
  if (ServerError.is(error)) {
    try {
      const body = JSON.parse(error.bodyText) as { errors?: { message?: string; extensions?: { code?: string } }[] };
      const first = body.errors?.[0];
      if (first) return { code: first.extensions?.code ?? null, message: first.message ?? error.message };
    } catch {
      // not JSON: fall back to the status
    }
    return {
      code: error.statusCode === 401 ? "UNAUTHENTICATED" : error.statusCode === 403 ? "FORBIDDEN" : null,
      message: error.message,
    };
  }
  return { code: null, message: error instanceof Error ? error.message : String(error) };
}
