/**
 * The audit trail: one AuditEntry per write, in the write's own transaction. Two writes can
 * share a millisecond, so each entry also takes the next number of one counter node: the
 * counter's write lock orders concurrent writers, and `seq` gives the trail a strict order.
 */
export const recordAudit = `
MERGE (counter:AuditSequence {id: 'audit'})
SET counter.value = coalesce(counter.value, 0) + 1
CREATE (a:AuditEntry {
  id: randomUUID(), seq: counter.value, at: toString(datetime()), actor: $actor, role: $role,
  action: $action, kind: $kind, nodeId: $nodeId, planId: $planId, before: $before, after: $after
})
RETURN a.id AS id`;

export const auditLog = `
MATCH (a:AuditEntry)
WHERE ($nodeId IS NULL OR a.nodeId = $nodeId OR a.nodeId STARTS WITH $nodeId + '|')
  AND ($since IS NULL OR a.at >= $since)
RETURN a {.*, seq: coalesce(a.seq, 0)} AS entry
ORDER BY coalesce(a.seq, 0) DESC, a.at DESC
LIMIT toInteger($limit)`;
