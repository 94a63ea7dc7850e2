/**
 * The floor: the best single Cypher query we know for each answer the API gives, run through
 * the project's driver module. Labels and types are constants; every value is a $param.
 */
import { slipTypes } from "../../graph/cypher/fragments.js";
import { DEPENDENCY_TYPES } from "../../graph/model.js";
import { HUB_KINDS } from "../../graph/relations.js";

const DEP = DEPENDENCY_TYPES.join("|");

/**
 * Downstream impact: every node a slip of the root reaches within $depth hops, at its
 * shortest depth (ANY SHORTEST expands breadth-first from the bound root) by the rules of
 * graph/relations.ts (each type carries a slip one way, both ways or not at all; only the
 * root and kinds that pass a slip on are gone through), and the carrying edges among them
 * (the "via" edges are those one level closer to the root; picked out in JS).
 */
export const impact = `
MATCH (root:Entity {id: $id})
CALL (root) {
  MATCH p = ANY SHORTEST (root) ((a)-[r:${DEP}]-(b)
    WHERE ((type(r) IN ${slipTypes("to-from")} AND endNode(r) = a) OR (type(r) IN ${slipTypes("from-to")} AND startNode(r) = a) OR type(r) IN ${slipTypes("both")})
      AND (a.id = $id OR NOT (${HUB_KINDS.map((k) => `a:${k}`).join(" OR ")}))
      AND NOT (b:Plan OR b:StatusItem)){1,6} (n:Entity)
  WHERE length(p) <= $depth AND n <> root
  RETURN n, length(p) AS depth
}
WITH root, collect(n) AS ns, collect({id: n.id, name: n.name, kind: n.kind, depth: depth}) AS nodes
UNWIND ns AS a
OPTIONAL MATCH (a)-[e:${DEP}]-(b)
WHERE b = root OR b IN ns
RETURN nodes, collect({from: startNode(e).id, to: endNode(e).id, type: type(e), evidence: e.evidence, section: e.section}) AS edges`;

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
