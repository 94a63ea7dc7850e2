/**
 * Cypher for loading a whole plan. Labels and relationship types are spliced in from
 * the constant lists in model.ts only (they cannot be parameters); every value is a $param.
 */
import type { NodeKind, RelType } from "../model.js";

export const mergeNodes = (kind: NodeKind) => `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${kind}
SET n = row.props
RETURN count(n) AS count`;

export const mergeEdges = (type: RelType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS count`;

/** Removes what a previous load of the same plan had and this one does not. */
export const pruneNodes = `
MATCH (n:Entity {planId: $planId})
WHERE NOT n.id IN $ids
DETACH DELETE n
RETURN count(*) AS count`;

export const pruneEdges = `
MATCH (a:Entity {planId: $planId})-[r]->(b:Entity)
WHERE r.key IS NOT NULL AND NOT r.key IN $keys
DELETE r
RETURN count(*) AS count`;

export const countPlan = `
MATCH (n:Entity {planId: $planId})
OPTIONAL MATCH (n)-[r]->(:Entity)
RETURN n.kind AS kind, count(DISTINCT n) AS nodes, collect(type(r)) AS rels`;

export const planExists = `MATCH (p:Plan {id: $planId}) RETURN p.id AS id`;
export const anyPlan = `MATCH (p:Plan) RETURN count(p) AS count`;
