import "reflect-metadata";
import { unwrapResolverError } from "@apollo/server/errors";
import { buildSchema, execute, GraphQLError, parse } from "graphql";
import { compileQuery, isCompiledQuery } from "graphql-jit";
import { describe, expect, it } from "vitest";
import { compiledExecutionFromEnv, compiledExecutor, LruCache } from "../../../api/executor.js";
import { buildPlangrafSchema } from "../../../api/schema.js";
import { IMPACT, NESTED } from "../../bench/queries.graphql.js";

describe("the compiled execution switch", () => {
  it.each([
    ["1", true],
    ["true", true],
    [" TRUE ", true],
    ["0", false],
    ["false", false],
    ["", false],
    [undefined, false],
    ["yes please", false],
  ])("PLANGRAF_COMPILED_EXECUTION=%j is %s", (value, on) => {
    expect(compiledExecutionFromEnv({ PLANGRAF_COMPILED_EXECUTION: value })).toBe(on);
  });
});

describe("the compiled-query cache", () => {
  it("keeps at most its capacity and forgets the entry used longest ago", () => {
    const cache = new LruCache<number>(2);
    cache.set("a", 1);
    cache.set("b", 2);
    expect(cache.get("a")).toBe(1); // a is now the most recent
    cache.set("c", 3);
    expect(cache.size).toBe(2);
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBe(1);
    expect(cache.get("c")).toBe(3);
    expect(() => new LruCache(0)).toThrow();
  });
});

describe("compiled execution", () => {
  const schema = buildSchema(`type Query { hello(name: String!): String, items: [Int!]! }`);
  for (const field of ["hello", "items"] as const) {
    schema.getQueryType()!.getFields()[field]!.resolve = (_root, args: { name?: string }, ctx: { greeting: string }) =>
      field === "hello" ? `${ctx.greeting}, ${args.name}` : [1, 2, 3];
  }
  const op = (query: string, operationName: string | null = null, variables?: Record<string, unknown>) => ({
    document: parse(query),
    documentKey: query,
    operationName,
    variables,
    contextValue: { greeting: "Hej" },
  });

  it("answers as graphql-js does, with the context and variables, compiling each document once", async () => {
    const executor = compiledExecutor(schema, 10);
    const query = "query Q($n: String!) { hello(name: $n) items }";
    for (let i = 0; i < 3; i++) {
      expect(await executor.run(op(query, "Q", { n: "Ada" }))).toEqual({
        data: { hello: "Hej, Ada", items: [1, 2, 3] },
      });
    }
    expect(executor.counts).toEqual({ compiled: 3, fallback: 0 });
    expect(executor.cache.size).toBe(1);
  });

  it("falls back to graphql-js for a document graphql-jit does not compile, with graphql-js's answer", async () => {
    const executor = compiledExecutor(schema, 10);
    const o = op("query Q { items }", "Missing");
    const result = await executor.run(o);
    expect(executor.counts).toEqual({ compiled: 0, fallback: 1 });
    const expected = await execute({ schema, document: o.document, operationName: "Missing" });
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.errors?.[0]?.message).toMatch(/Missing/);
  });

  it("reports a resolver's error as graphql-js does: path, the error thrown, extensions", async () => {
    class Missing extends Error {}
    const failing = buildSchema(`type Query { a: Int, b: Int }`);
    failing.getQueryType()!.getFields().a!.resolve = () => {
      throw new Missing("no a");
    };
    failing.getQueryType()!.getFields().b!.resolve = () => 2;
    const executor = compiledExecutor(failing, 10);
    const result = await executor.run(op("{ a b }"));
    expect(executor.counts.compiled).toBe(1);
    expect(result.data).toEqual({ a: null, b: 2 });
    const [error] = result.errors ?? [];
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error!.path).toEqual(["a"]);
    expect(error!.originalError).toBeInstanceOf(Missing);
    expect(error!.extensions).toEqual({});
    expect(unwrapResolverError(error)).toBeInstanceOf(Missing);
  });

  it("reports variable errors as graphql-js does", async () => {
    const executor = compiledExecutor(schema, 10);
    const result = await executor.run(op("query Q($n: String!) { hello(name: $n) }", "Q", {}));
    const expected = await execute({
      schema,
      document: parse("query Q($n: String!) { hello(name: $n) }"),
      variableValues: {},
    });
    expect(JSON.parse(JSON.stringify(result))).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(result.errors?.[0]?.message).toMatch(/\$n/);
  });

  it("compiles the bench's impact and nested listing on Plangraf's schema (no fallback)", async () => {
    const plangraf = await buildPlangrafSchema();
    for (const query of [IMPACT, NESTED]) expect(isCompiledQuery(compileQuery(plangraf, parse(query)))).toBe(true);
  });
});
