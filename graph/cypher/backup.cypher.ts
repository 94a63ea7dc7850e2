/** Whole-plan export and restore. */
import type { NodeKind, RelType } from "../model.js";

export const exportNodes = `
MATCH (n:Entity {planId: $planId})
RETURN n {.*} AS props
ORDER BY n.id`;

export const exportEdges = `
MATCH (a:Entity {planId: $planId})-[r]->(b:Entity)
RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS props
ORDER BY from, type, to`;

export const deletePlan = `
MATCH (n:Entity {planId: $planId})
DETACH DELETE n
RETURN count(*) AS count`;

export const createNodes = (kind: NodeKind) => `
UNWIND $rows AS props
CREATE (n:Entity:${kind})
SET n = props
RETURN count(n) AS count`;

export const createEdges = (type: RelType) => `
UNWIND $rows AS row
MATCH (a:Entity {id: row.from, planId: $planId}), (b:Entity {id: row.to, planId: $planId})
CREATE (a)-[r:${type}]->(b)
SET r = row.props
RETURN count(r) AS count`;

/** Ids of the backup that nodes of other plans already hold. */
export const idsOfOtherPlans = `
MATCH (n:Entity) WHERE n.id IN $ids AND n.planId <> $planId
RETURN n.id AS id, n.planId AS planId
LIMIT 10`;

export const planSize = `
MATCH (n:Entity {planId: $planId})
RETURN count(n) AS nodes, sum(COUNT { (n)-->() }) AS edges`;
