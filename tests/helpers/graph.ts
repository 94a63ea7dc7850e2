import { inject } from "vitest";
import { GraphDb } from "../../graph/driver.js";

/** A connection to the test server started by the global setup. */
export function testDb(): GraphDb {
  return GraphDb.connect({
    uri: inject("neo4jUri"),
    user: process.env.NEO4J_USER ?? "neo4j",
    password: process.env.NEO4J_PASSWORD ?? "",
    txTimeoutMs: 30_000,
  });
}
