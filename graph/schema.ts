/**
 * The database schema, applied idempotently at every start: a uniqueness constraint on
 * `id` for every node kind (MERGE alone does not guarantee uniqueness under concurrency),
 * lookup indexes, and one full-text index with the Danish analyzer over names and texts.
 */
import type { GraphDb } from "./driver.js";
import { NODE_KINDS } from "./model.js";

export const FULLTEXT_INDEX = "plangraf_text";
/** Properties the full-text index covers; a kind without one of them simply has no value there. */
export const FULLTEXT_PROPERTIES = [
  "name",
  "title",
  "mainGoal",
  "strategy",
  "text",
  "description",
  "vision",
  "aliasText",
] as const;

export function schemaStatements(): string[] {
  const constraints = [...NODE_KINDS, "Entity", "AuditEntry", "AuditSequence", "ApiUser", "DeletedId"].map(
    (label) => `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  );
  const indexes = [
    "CREATE INDEX entity_plan IF NOT EXISTS FOR (n:Entity) ON (n.planId)",
    "CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind)",
    "CREATE INDEX milestone_date IF NOT EXISTS FOR (n:Milestone) ON (n.date)",
    "CREATE INDEX audit_node IF NOT EXISTS FOR (n:AuditEntry) ON (n.nodeId)",
  ];
  const fields = FULLTEXT_PROPERTIES.map((p) => `n.${p}`).join(", ");
  const fulltext =
    `CREATE FULLTEXT INDEX ${FULLTEXT_INDEX} IF NOT EXISTS FOR (n:Entity) ON EACH [${fields}] ` +
    "OPTIONS {indexConfig: {`fulltext.analyzer`: 'danish', `fulltext.eventually_consistent`: false}}";
  return [...constraints, ...indexes, fulltext];
}

export async function applySchema(db: GraphDb): Promise<void> {
  // Schema commands cannot share a transaction with each other: one per statement.
  for (const statement of schemaStatements()) {
    await db.write("schema", (tx) => tx.run(statement));
  }
  await db.read("schema-await", (tx) => tx.run("CALL db.awaitIndexes(60)"));
}
