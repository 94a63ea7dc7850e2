/**
 * GraphQL over HTTP (graphql-http's audit): a request that fails before execution (the
 * document does not parse or validate, the variables do not coerce) answers 200 when the
 * client accepts `application/json` (the legacy media type, where the status carries no
 * GraphQL meaning), and keeps 400 when it asks for `application/graphql-response+json`.
 */
import type { ApolloServerPlugin } from "@apollo/server";

const PRE_EXECUTION = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "COST_LIMIT_EXCEEDED",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** True when the response will be `application/json` rather than `application/graphql-response+json`. */
export function prefersLegacyJson(accept: string | undefined): boolean {
  if (!accept) return true;
  const types = accept.split(",").map((part) => {
    const [type, ...params] = part.trim().split(";");
    const q = Number(
      params
        .map((p) => p.trim())
        .find((p) => p.startsWith("q="))
        ?.slice(2) ?? 1,
    );
    return { type: type!.trim().toLowerCase(), q: Number.isFinite(q) ? q : 1 };
  });
  const weight = (name: string) => Math.max(-1, ...types.filter((t) => t.type === name).map((t) => t.q));
  return (
    weight("application/graphql-response+json") <
    Math.max(weight("application/json"), weight("*/*"), weight("application/*"))
  );
}

export const graphqlHttpStatus: ApolloServerPlugin = {
  async requestDidStart({ request }) {
    const legacy = prefersLegacyJson(request.http?.headers.get("accept") ?? undefined);
    return {
      async willSendResponse({ response }) {
        if (!legacy || response.body.kind !== "single" || response.http.status !== 400) return;
        const { errors, data } = response.body.singleResult;
        if (data === undefined && errors?.length && errors.every((e) => PRE_EXECUTION.has(String(e.extensions?.code))))
          response.http.status = 200;
      },
    };
  },
};
