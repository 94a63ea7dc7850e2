/** The drawable graph in one round trip: nodes and edges of a plan, filtered by kind and type. */
import { owningDepartment } from "./fragments.js";

/**
 * One statement for a plan (its nodes found through the `entity_plan` index, edges expanded
 * from them) and one for every plan: an `$planId IS NULL OR ...` test would make the planner
 * scan every node even when a plan is given.
 */
const statement = (scope: { node: string; edgeStart: string }) => `
RETURN ($planId IS NULL OR EXISTS { MATCH (p:Plan) WHERE p.planId = $planId }) AS planFound,
  COLLECT {
    MATCH ${scope.node}
    WHERE ($kinds IS NULL OR n.kind IN $kinds)
    WITH n, ${owningDepartment("n")} AS owner
    RETURN {
      id: n.id, name: n.name, kind: n.kind, departmentId: owner.id, departmentName: owner.name,
      letter: n.letter, ordinal: n.ordinal,
      goalLetter: CASE WHEN n:Initiative THEN head([(g:Goal)-[:HAS_INITIATIVE]->(n) | g.letter]) END
    }
  } AS nodes,
  COLLECT {
    MATCH ${scope.edgeStart}-[r]->(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
    RETURN {
      id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id), source: a.id, target: b.id, type: type(r),
      evidence: coalesce(r.evidence, ''), section: coalesce(r.section, ''), inferred: coalesce(r.inferred, false)
    }
  } AS edges`;

export const graphViewOfPlan = statement({
  node: "(n:Entity {planId: $planId})",
  edgeStart: "(a:Entity {planId: $planId})",
});

/**
 * Every plan at once: a database of many plans is too big to read whole, so this reads a
 * window of at most `$window` nodes, the first by id (the id index gives them in order, so
 * plans come whole, one after another), their outgoing edges, and how many nodes matched in
 * all (`total`). The caller reports the window when `total` is larger.
 */
export const graphViewOfAll = `
CALL () {
  MATCH (n:Entity)
  WHERE $kinds IS NULL OR n.kind IN $kinds
  RETURN count(n) AS total
}
CALL () {
  MATCH (n:Entity)
  WHERE n.id IS NOT NULL AND ($kinds IS NULL OR n.kind IN $kinds)
  WITH n ORDER BY n.id LIMIT toInteger($window)
  RETURN collect(n) AS window
}
RETURN true AS planFound, total,
  [n IN window | [owner IN [${owningDepartment("n")}] | {
    id: n.id, name: n.name, kind: n.kind, departmentId: owner.id, departmentName: owner.name,
    letter: n.letter, ordinal: n.ordinal,
    goalLetter: CASE WHEN n:Initiative THEN head([(g:Goal)-[:HAS_INITIATIVE]->(n) | g.letter]) END
  }][0]] AS nodes,
  COLLECT {
    UNWIND window AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
    RETURN {
      id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id), source: a.id, target: b.id, type: type(r),
      evidence: coalesce(r.evidence, ''), section: coalesce(r.section, ''), inferred: coalesce(r.inferred, false)
    }
  } AS edges`;

/** The plans the given departments belong to (for a department filter without a plan). */
export const plansOfDepartments = `
UNWIND $departments AS id
MATCH (d:Entity {id: id})
WHERE d:Department
RETURN collect(DISTINCT d.planId) AS planIds`;
