/**
 * The batched load path for synthetic data: the same MERGE-on-id statements as
 * graph/cypher/plan-load.cypher.ts, but one transaction carries rows of many plans and there
 * is no prune step (synthetic plans are written whole, once). Labels and types come from
 * the constant lists in model.ts only.
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
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS count`;

/** Deletes in bounded transactions so that a 100k-node wipe does not need a large heap. */
export const wipeBatch = `
MATCH (n)
WITH n LIMIT toInteger($limit)
DETACH DELETE n
RETURN count(*) AS count`;

export const countAll = `
MATCH (n)
WITH count(n) AS nodes
OPTIONAL MATCH ()-[r]->()
RETURN nodes, count(r) AS relationships`;
