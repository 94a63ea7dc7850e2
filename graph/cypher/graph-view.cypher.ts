/** The drawable graph in one round trip: nodes and edges of a plan, filtered by kind and type. */
import { owningDepartment, owningDepartmentId } from "./fragments.js";

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
      goalLetter: head([(g:Goal)-[:HAS_INITIATIVE]->(n) | g.letter])
    }
  } AS nodes,
  COLLECT {
    MATCH ${scope.edgeStart}-[r]->(b:Entity)
    WHERE ($types IS NULL OR type(r) IN $types)
    RETURN {
      id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id), source: a.id, target: b.id, type: type(r),
      evidence: coalesce(r.evidence, ''), section: coalesce(r.section, ''), inferred: coalesce(r.inferred, false),
      fromDepartmentId: ${owningDepartmentId("a")}, toDepartmentId: ${owningDepartmentId("b")}
    }
  } AS edges`;

export const graphViewOfPlan = statement({ node: "(n:Entity {planId: $planId})", edgeStart: "(a:Entity {planId: $planId})" });
export const graphViewOfAll = statement({ node: "(n:Entity)", edgeStart: "(a:Entity)" });
