/**
 * Runs GraphQL operations through the real schema, context and error formatting (Apollo's
 * executeOperation), against the test Neo4j. `stats.queries` counts Cypher round trips.
 */
import type { ApolloServer } from "@apollo/server";
import type { GraphDb } from "../../graph/driver.js";
import { createContext, type Context } from "../../api/context.js";
import { buildApp } from "../../api/server.js";

export interface OperationResult<T = Record<string, unknown>> {
  data: T | null | undefined;
  errors: { message: string; extensions?: Record<string, unknown> }[] | undefined;
  queries: number;
}

export async function testApi(db: GraphDb) {
  const { apollo } = await buildApp({ db, log: () => {} });
  const server = apollo as ApolloServer<Context>;
  return {
    async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<OperationResult<T>> {
      const context = createContext(db);
      const response = await server.executeOperation({ query, variables }, { contextValue: context });
      if (response.body.kind !== "single") throw new Error("Expected a single result");
      const { data, errors } = response.body.singleResult;
      return { data: data as T | null | undefined, errors: errors as OperationResult["errors"], queries: context.stats.queries };
    },
    stop: () => server.stop(),
  };
}
