/**
 * How the API executes an operation: graphql-js's `execute` (the default), or compiled by
 * graphql-jit (PLANGRAF_COMPILED_EXECUTION=1). Apollo Server 4/5 has no executor option: a
 * custom executor goes in through its `gateway` interface (Apollo's migration guide), which
 * still runs parsing, validation (armor's rules), every plugin hook and `formatError`; only
 * the execution step is swapped. Compiled operations are kept per document (by Apollo's
 * query hash and the operation name) in a bounded LRU; a document graphql-jit cannot compile
 * runs through `execute`. Resolvers, their middlewares (authorization) and the context
 * (loaders, limits) are the same either way: graphql-jit calls the schema's own resolvers.
 */
import type { ApolloServerOptionsWithGateway } from "@apollo/server";
import {
  execute,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { buildPlangrafSchema } from "./schema.js";

/** Compiled operations kept at most (one per distinct document and operation name). */
export const COMPILED_CACHE_SIZE = 500;

/** PLANGRAF_COMPILED_EXECUTION: "1"/"true" on, "0"/"false" off; anything else: the default (off). */
export function compiledExecutionFromEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  const v = env.PLANGRAF_COMPILED_EXECUTION?.trim().toLowerCase();
  if (v === "1" || v === "true") return true;
  return false;
}

/** A bounded map that forgets the entry used longest ago (Map keeps insertion order: re-insert on use). */
export class LruCache<V> {
  private readonly entries = new Map<string, V>();

  constructor(readonly capacity: number) {
    if (!(capacity >= 1)) throw new Error("LruCache needs a capacity of at least 1.");
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: string): V | undefined {
    if (!this.entries.has(key)) return undefined;
    const value = this.entries.get(key)!;
    this.entries.delete(key);
    this.entries.set(key, value);
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

export interface Operation {
  document: DocumentNode;
  /** Identifies the document text (Apollo's query hash); with the operation name, the cache key. */
  documentKey: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  contextValue: unknown;
}

/** null: graphql-jit could not compile the document; it runs through `execute`. */
type Compiled = CompiledQuery | null;

export interface CompiledExecutor {
  run(operation: Operation): Promise<ExecutionResult>;
  /** How many operations ran compiled and how many fell back to `execute` (for tests and the bench). */
  readonly counts: { compiled: number; fallback: number };
  readonly cache: LruCache<Compiled>;
}

export function compiledExecutor(schema: GraphQLSchema, capacity = COMPILED_CACHE_SIZE): CompiledExecutor {
  const cache = new LruCache<Compiled>(capacity);
  const counts = { compiled: 0, fallback: 0 };
  const compiledFor = (op: Operation): Compiled => {
    const key = `${op.operationName ?? ""}\u0000${op.documentKey}`;
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    let compiled: Compiled;
    try {
      const result = compileQuery(schema, op.document, op.operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
    } catch {
      compiled = null;
    }
    cache.set(key, compiled);
    return compiled;
  };
  return {
    counts,
    cache,
    async run(op) {
      const compiled = compiledFor(op);
      if (!compiled) {
        counts.fallback += 1;
        return execute({
          schema,
          document: op.document,
          operationName: op.operationName,
          variableValues: op.variables,
          contextValue: op.contextValue,
        });
      }
      const result = await compiled.query(undefined, op.contextValue, op.variables);
      // No data: the request failed before any resolver ran (variables that do not coerce).
      // graphql-js words those errors the way Apollo recognises (BAD_USER_INPUT, 400).
      if (result.data === undefined && result.errors?.length) {
        counts.fallback += 1;
        return execute({
          schema,
          document: op.document,
          operationName: op.operationName,
          variableValues: op.variables,
          contextValue: op.contextValue,
        });
      }
      counts.compiled += 1;
      return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
    },
  };
}

/**
 * graphql-jit reports errors with its own GraphQLError function: it passes `instanceof`
 * but has no `extensions` (Apollo's error normalisation reads `extensions.code`). Rebuilt as
 * graphql-js builds them, with the path and the error the resolver threw, so that
 * `unwrapResolverError` and formatError (NOT_FOUND, masking of unknown errors) see the same.
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  const jit = error as Partial<GraphQLError> & GraphQLFormattedError;
  const converted = new GraphQLError(jit.message, {
    path: jit.path,
    originalError: jit.originalError ?? undefined,
    extensions: jit.extensions,
  });
  if (jit.locations) Object.assign(converted, { locations: jit.locations });
  return converted;
}

type Gateway = ApolloServerOptionsWithGateway<Record<string, unknown>>["gateway"];

/** The schema, and with compiled execution an Apollo gateway that serves it through graphql-jit. */
export function compiledGateway(schema: GraphQLSchema, executor = compiledExecutor(schema)): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async load() {
      return {
        executor: (request) =>
          executor.run({
            document: request.document,
            documentKey: request.queryHash,
            operationName: request.operationName,
            variables: request.request.variables,
            contextValue: request.context,
          }),
      };
    },
    async stop() {},
  };
}

/**
 * What `new ApolloServer` gets for the schema: `{ schema }` (graphql-js executes), or
 * `{ gateway }` when `compiled` (default: PLANGRAF_COMPILED_EXECUTION).
 */
export async function executionOptions(
  compiled = compiledExecutionFromEnv(),
): Promise<{ schema: GraphQLSchema; gateway?: undefined } | { gateway: Gateway; schema?: undefined }> {
  const schema = await buildPlangrafSchema();
  return compiled ? { gateway: compiledGateway(schema) } : { schema };
}
