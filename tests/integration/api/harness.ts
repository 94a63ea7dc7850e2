/**
 * Shared set-up for the API integration tests: a connection to the test Neo4j, the real
 * server (schema, context, auth, error formatting) and a plan of the file's own, removed
 * again afterwards.
 */
import { afterAll, beforeAll } from "vitest";
import type { GraphDb } from "../../../graph/driver.js";
import type { PlanGraph } from "../../../graph/model.js";
import { loadPlanGraph } from "../../../graph/repositories/plan-load.repository.js";
import { testApi } from "../../helpers/api.js";
import { removePlan } from "../../helpers/fixture-plan.js";
import { testDb } from "../../helpers/graph.js";
import { sourceOf, type Operation, type Variables } from "../../helpers/operation.js";

export interface Harness {
  db: GraphDb;
  api: Awaited<ReturnType<typeof testApi>>;
}

/** Loads `plans` before the file's tests and removes them (by planId) after. */
export function useApi(...plans: (() => PlanGraph)[]): Harness {
  const harness = {} as Harness;
  const loaded: string[] = [];
  beforeAll(async () => {
    harness.db = testDb();
    harness.api = await testApi(harness.db);
    for (const make of plans) {
      const graph = make();
      loaded.push(graph.planId);
      await removePlan(harness.db, graph.planId);
      await loadPlanGraph(harness.db, graph);
    }
  });
  afterAll(async () => {
    for (const planId of loaded) await removePlan(harness.db, planId);
    await harness.api?.stop();
    await harness.db?.close();
  });
  return harness;
}

/** Runs an operation and fails with the GraphQL errors when there are any. */
export async function data<TData, TVariables extends Variables>(
  harness: Harness,
  query: Operation<TData, TVariables>,
  variables?: TVariables,
): Promise<TData>;
export async function data<TData = Record<string, unknown>>(
  harness: Harness,
  query: string,
  variables?: Variables,
): Promise<TData>;
export async function data(
  harness: Harness,
  query: string | Operation<unknown, never>,
  variables: Variables = {},
): Promise<unknown> {
  const result = await harness.api.run(sourceOf(query), variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data;
}
