import type { GraphDb, Tx } from "../driver.js";
import * as cypher from "../cypher/audit.cypher.js";

/** Who made a write: the token's subject and role. */
export interface Actor {
  id: string;
  role: string;
}

export interface AuditRecord {
  id: string;
  seq: number;
  at: string;
  actor: string;
  role: string;
  action: string;
  kind: string;
  /** A node id, or `from|TYPE|to` for a relationship. */
  nodeId: string;
  planId: string;
  /** JSON of the values before and after ("null" for a create or delete). */
  before: string;
  after: string;
}

export async function recordAudit(
  tx: Tx,
  actor: Actor,
  entry: { action: string; kind: string; nodeId: string; planId: string; before: unknown; after: unknown },
): Promise<void> {
  await tx.run(cypher.recordAudit, {
    actor: actor.id,
    role: actor.role,
    ...entry,
    before: JSON.stringify(entry.before ?? null),
    after: JSON.stringify(entry.after ?? null),
  });
}

export async function auditLog(
  db: GraphDb,
  filter: { nodeId: string | null; since: string | null; limit: number },
): Promise<AuditRecord[]> {
  const rows = await db.read("audit-log", (tx) => tx.run<{ entry: AuditRecord }>(cypher.auditLog, filter));
  return rows.map((row) => row.entry);
}
