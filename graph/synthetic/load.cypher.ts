/**
 * Cypher of the synthetic loader beyond the plan loader's MERGE statements (which it
 * shares, graph/cypher/plan-load.cypher.ts): wiping and counting a whole database.
 */

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
