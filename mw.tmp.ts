import "reflect-metadata";
import { buildSchema } from "type-graphql";
import { execute, parse } from "graphql";
import { resolvers, orphanedTypes } from "./api/resolvers.ts";
import { RoleAuthChecker, requireReaderForQueries } from "./api/auth/auth-checker.ts";
import { connect } from "./tests/bench/lib/neo4j.ts";
import { createContext } from "./api/context.ts";
import { NESTED, IMPACT } from "./tests/bench/queries.graphql.ts";
const db = connect("bolt://127.0.0.1:7692");
const base = { resolvers, orphanedTypes, validate: false, authChecker: RoleAuthChecker, authMode: "error" as const, emitSchemaFile: false };
const withMw = await buildSchema({ ...base, globalMiddlewares: [requireReaderForQueries] });
const without = await buildSchema({ ...base });
const planId = "syn-000-lyngbyby-2009", hub = "syn-000-lyngbyby-2009:system:opus";
const time = async (name: string, f: () => Promise<unknown>, n = 40) => { for (let i = 0; i < 5; i++) await f(); const xs: number[] = []; for (let i = 0; i < n; i++) { const t = performance.now(); await f(); xs.push(performance.now() - t); } xs.sort((a, b) => a - b); console.log(name.padEnd(40), "p50", xs[n >> 1]!.toFixed(1)); };
for (const [name, doc, vars] of [["impact", IMPACT, { id: hub, depth: 4 }], ["nested", NESTED, { planId }]] as const) {
  const d = parse(doc);
  const r = await execute({ schema: without, document: d, variableValues: vars, contextValue: createContext(db) });
  if (r.errors) console.log(r.errors);
  for (let k = 0; k < 2; k++) {
    await time(`${name} with global middleware`, () => execute({ schema: withMw, document: d, variableValues: vars, contextValue: createContext(db) }) as Promise<unknown>);
    await time(`${name} without`, () => execute({ schema: without, document: d, variableValues: vars, contextValue: createContext(db) }) as Promise<unknown>);
  }
}
await db.close();
