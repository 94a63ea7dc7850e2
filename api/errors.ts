/**
 * Maps errors to GraphQL error codes at one place (Apollo's formatError). Resolvers throw
 * typed errors or GraphQLErrors; nothing else leaks: unknown errors become
 * INTERNAL_SERVER_ERROR without a stack.
 */
import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import {
  ConstraintViolationError,
  DatabaseTimeoutError,
  DatabaseUnavailableError,
  InvalidReferenceError,
  NotFoundError,
  VersionConflictError,
} from "../graph/errors.js";

export const badInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(field ? { field } : {}) } });

export const notFound = (what: string, id: string) =>
  new GraphQLError(`${what} "${id}" was not found.`, { extensions: { code: "NOT_FOUND", id } });

const TYPED: [new (...args: never[]) => Error, string][] = [
  [DatabaseUnavailableError, "SERVICE_UNAVAILABLE"],
  [DatabaseTimeoutError, "TIMEOUT"],
  [NotFoundError, "NOT_FOUND"],
  [VersionConflictError, "CONFLICT"],
  [ConstraintViolationError, "CONFLICT"],
  [InvalidReferenceError, "BAD_USER_INPUT"],
];

export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  for (const [type, code] of TYPED) {
    if (original instanceof type) {
      const message =
        code === "SERVICE_UNAVAILABLE"
          ? "The graph database is not reachable right now; try again shortly."
          : original.message;
      const field = original instanceof InvalidReferenceError ? { field: original.field } : {};
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code, ...field } };
    }
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  log(original);
  return {
    message: "Internal server error.",
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}

/**
 * An error while building a request's context (checking a token needs the database):
 * the same codes as in resolvers, and a matching HTTP status.
 */
export function contextError(error: unknown): GraphQLError {
  if (error instanceof GraphQLError) return error;
  for (const [type, code] of TYPED) {
    if (error instanceof type) {
      const status = code === "SERVICE_UNAVAILABLE" ? 503 : code === "TIMEOUT" ? 504 : 500;
      return new GraphQLError(
        code === "SERVICE_UNAVAILABLE"
          ? "The graph database is not reachable right now; try again shortly."
          : error.message,
        {
          extensions: { code, http: { status } },
        },
      );
    }
  }
  return new GraphQLError("Internal server error.", { extensions: { code: "INTERNAL_SERVER_ERROR" } });
}
