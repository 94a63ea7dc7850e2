/** Builds the executable GraphQL schema from the TypeGraphQL classes. */
import "reflect-metadata";
import { isInterfaceType, type GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { RoleAuthChecker } from "./auth/auth-checker.js";
import type { NodeRecord } from "./modules/node/node.type.js";
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
  answerNodeTypesAtOnce(cached);
  return cached;
}

/**
 * TypeGraphQL wraps an interface's `resolveType` in an async function, so every value of
 * the `Node` interface (each impacted node, both ends of every edge) costs the executor a
 * promise. A stored node names its concrete type in `kind`: answer at once.
 */
function answerNodeTypesAtOnce(schema: GraphQLSchema): void {
  const node = schema.getType("Node");
  if (!isInterfaceType(node)) throw new Error("The schema has no Node interface.");
  node.resolveType = (value) => (value as NodeRecord).kind;
}
