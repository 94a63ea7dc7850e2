/**
 * The floor: the best single Cypher query we know for each answer the API gives, run through
 * the project's driver module. Labels and types are constants; every value is a $param.
 */
import { closure } from "../../graph/cypher/impact.cypher.js";

/**
 * Downstream impact: the best statement we know is the closure the API itself sends (a
 * quantified path pattern with the slip rules of graph/relations.ts, DISTINCT end nodes so
 * that Neo4j prunes, then the carrying edges among them), reading only the properties the
 * answer shows. The floor runs it through the driver and computes the levels in JS; the gap
 * to the API is then GraphQL, HTTP and serialisation. ($cap bounds the closure as the API's does.)
 */
export const impact = closure("downstream", ["name", "kind"]);

/**
 * departments > goals > initiatives > systems in one round trip, ordered like the API.
 * The plan's departments are found through the Entity(planId) index (there is no
 * Department(planId) index: `(d:Department {planId})` would scan every department).
 */
export const nested = `
MATCH (d:Entity {planId: $planId})
WHERE d:Department
WITH d ORDER BY d.name
RETURN d {
  .id, .name,
  goals: COLLECT {
    MATCH (d)-[:OWNS]->(g:Goal) WITH g ORDER BY g.letter
    RETURN g {
      .id, .letter, .title,
      initiatives: COLLECT {
        MATCH (g)-[:HAS_INITIATIVE]->(i:Initiative) WITH i ORDER BY i.ordinal
        RETURN i { .id, .ordinal, .text, systems: COLLECT { MATCH (i)-[:USES]->(s:System) WITH s ORDER BY s.name RETURN s { .id, .name } } }
      }
    }
  }
} AS department`;

/**
 * The graph view of one plan: its nodes (up to $limit) with the total, and each node's
 * outgoing edges; edges whose target is not among the nodes are dropped in JS (a hash set
 * there beats `b IN list` in Cypher, which is linear per edge).
 */
export const graphOfPlan = `
MATCH (n:Entity {planId: $planId})
WITH collect(n) AS matched
WITH size(matched) AS totalNodes, matched[..toInteger($limit)] AS ns
UNWIND ns AS a
RETURN totalNodes, a {.id, .name, .kind, .departmentId} AS node,
  COLLECT { MATCH (a)-[e]->(b:Entity) RETURN {id: e.key, source: a.id, target: b.id, type: type(e), evidence: e.evidence, section: e.section, inferred: e.inferred} } AS out`;

/** The whole-graph view: the first $limit nodes by id (index order), the total, and their outgoing edges (filtered in JS as above). */
export const graphOfAll = `
CALL () { MATCH (n:Entity) RETURN count(n) AS totalNodes }
MATCH (a:Entity) WHERE a.id IS NOT NULL
WITH totalNodes, a ORDER BY a.id LIMIT toInteger($limit)
RETURN totalNodes, a {.id, .name, .kind, .departmentId} AS node,
  COLLECT { MATCH (a)-[e]->(b:Entity) RETURN {id: e.key, source: a.id, target: b.id, type: type(e), evidence: e.evidence, section: e.section, inferred: e.inferred} } AS out`;

/** The most-used system of a plan: the root for impact cases. */
export const hubSystem = `
MATCH (s:System {planId: $planId})<-[u:USES]-()
RETURN s.id AS id, count(u) AS uses
ORDER BY uses DESC, id
LIMIT 1`;
