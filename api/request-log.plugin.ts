/**
 * The request log of /graphql: one info line per operation (its name, how long it took, the
 * database round trips, how many errors), and one error line per unexpected error, both with
 * the request's id. What counts as unexpected is decided by formatError (the errors it hides
 * behind INTERNAL_SERVER_ERROR); typed errors (not found, conflict, bad input) are answers,
 * not faults. Never the query text, the variables or a stack below debug level.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "./context.js";
import { formatError } from "./errors.js";
import type { Logger } from "./logger.js";

const MAX_NAME = 100;
export const UNEXPECTED = "Unexpected error in a request";

/**
 * `logger`: for an operation run without the server's context (`executeOperation` without a
 * contextValue); `report`: instead of any logger (tests that silence or collect the lines).
 */
export function requestLog(
  logger: Logger,
  report?: (message: string, error: unknown) => void,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      const started = performance.now();
      const log = (contextValue as Partial<Context>).log ?? logger;
      return {
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            formatError(error.toJSON(), error, (original) => {
              if (report) report(UNEXPECTED, original);
              else log.error({ event: "unexpected-error", err: original, path: error.path?.join(".") }, UNEXPECTED);
            });
          }
        },
        async willSendResponse({ response, errors, operationName }) {
          log.info(
            {
              event: "graphql",
              // The operation's name once parsed (else the one the caller sent), cut.
              operation: (operationName ?? request.operationName)?.slice(0, MAX_NAME) ?? null,
              status: response.http.status ?? 200,
              ms: Math.round(performance.now() - started),
              queries: (contextValue as Partial<Context>).stats?.queries ?? 0,
              errors: errors?.length ?? 0,
            },
            "graphql request",
          );
        },
      };
    },
  };
}
