/** Builds the executable GraphQL schema from the TypeGraphQL classes. */
import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RoleAuthChecker } from "./auth/auth-checker.js";
import { resolvers, orphanedTypes } from "./resolvers.js";

let cached: GraphQLSchema | undefined;

export async function buildPlangrafSchema(): Promise<GraphQLSchema> {
  cached ??= await buildSchema({
    resolvers,
    orphanedTypes,
    validate: false,
    authChecker: RoleAuthChecker,
    authMode: "error",
    emitSchemaFile: false,
  });
  return cached;
}
