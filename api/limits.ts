/**
 * Limits on every operation. Documented with their values in the README ("Limits").
 * GraphQL Armor checks depth, aliases, directives and cost during validation, before any
 * resolver runs; the parser refuses documents of too many tokens; field suggestions are
 * hidden in production. Armor's cost does not see list sizes, so the list budget adds up
 * the rows the operation's list fields ask for (their size arguments, after variables) and
 * refuses an operation that asks for more than `maxListRows` in all.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getArgumentValues,
  GraphQLError,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type SelectionSetNode,
} from "graphql";

export const LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
  maxCost: 20000,
  bodyBytes: "100kb",
  /** Rows all list fields of one operation may ask for together (e.g. one `graph(limit: 10000)`). */
  maxListRows: 10000,
} as const;

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Tokens are limited by graphql-js's own parser (`parseOptions` in server.ts): Armor's
    // Apollo plugin parses again and turns every syntax error into an HTTP 500.
    maxTokens: { enabled: false },
    costLimit: {
      maxCost: LIMITS.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

type Args = Record<string, unknown>;
const num = (value: unknown, fallback: number) =>
  typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;

/** Rows a top-level list field may return, from its arguments (the resolvers refuse sizes past their maximum anyway). */
export const LIST_ROWS: Record<string, (args: Args) => number> = {
  // Sizes past a field's maximum are the resolver's to refuse (BAD_USER_INPUT): counted at the maximum.
  graph: (a) => Math.min(num((a.filter as Args | null | undefined)?.limit, 2000), 10_000),
  impact: () => 2000,
  path: () => 100,
  search: (a) => Math.min(num(a.limit, 20), 100),
  keyNodes: (a) => Math.min(num(a.limit, 10), 100) * 10,
  auditLog: (a) => Math.min(num(a.limit, 50), 500),
  apiTokens: (a) => Math.min(num(a.limit, 100), 1000),
};

export function listRows(
  schema: GraphQLSchema,
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Args,
): number {
  const fields = schema.getQueryType()?.getFields() ?? {};
  let rows = 0;
  const visit = (set: SelectionSetNode, seen: Set<string>) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const rule = LIST_ROWS[selection.name.value];
        const def = fields[selection.name.value];
        if (rule && def) {
          let args: Args = {};
          try {
            args = getArgumentValues(def, selection as FieldNode, variables);
          } catch {
            // coercion problems are reported by validation
          }
          rows += rule(args);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, seen);
      } else if (!seen.has(selection.name.value) && fragments[selection.name.value]) {
        visit(fragments[selection.name.value]!.selectionSet, new Set([...seen, selection.name.value]));
      }
    }
  };
  visit(selectionSet, new Set());
  return rows;
}

export const listBudget: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, document, schema, request }) {
        if (operation?.operation !== "query") return;
        const fragments = Object.fromEntries(
          document.definitions
            .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
            .map((d) => [d.name.value, d]),
        );
        const rows = listRows(schema, operation.selectionSet, fragments, request.variables ?? {});
        if (rows > LIMITS.maxListRows) {
          throw new GraphQLError(
            `The operation asks for up to ${rows} list rows; at most ${LIMITS.maxListRows} per operation. Ask for less, or in several operations.`,
            {
              extensions: { code: "COST_LIMIT_EXCEEDED", http: { status: 400 } },
            },
          );
        }
      },
    };
  },
};
