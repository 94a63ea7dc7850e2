/**
 * Limits on every operation. Documented with their values in the README ("Limits").
 * GraphQL Armor checks depth, aliases, directives and cost during validation, before any
 * resolver runs; the parser refuses documents of too many tokens; field suggestions are
 * hidden in production.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20000,
  bodyBytes: "100kb",
} as const;

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Tokens are limited by graphql-js's own parser (`parseOptions` in server.ts): Armor's
    // Apollo plugin parses again and turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost, objectCost: 2, scalarCost: 1, depthCostFactor: 1.5, ignoreIntrospection: true },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

