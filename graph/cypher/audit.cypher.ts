/** The audit trail: one AuditEntry per write, in the write's own transaction. */
export const recordAudit = `
CREATE (a:AuditEntry {
  id: randomUUID(), at: toString(datetime()), actor: $actor, role: $role, action: $action,
  kind: $kind, nodeId: $nodeId, planId: $planId, before: $before, after: $after
})
RETURN a.id AS id`;

export const auditLog = `
MATCH (a:AuditEntry)
WHERE ($nodeId IS NULL OR a.nodeId = $nodeId OR a.nodeId STARTS WITH $nodeId + '|')
  AND ($since IS NULL OR a.at >= $since)
RETURN a {.*} AS entry
ORDER BY a.at DESC
LIMIT toInteger($limit)`;
