/** The drawable graph in one round trip: nodes and edges of a plan, filtered by kind and type. */
import { owningDepartment, owningDepartmentId } from "./fragments.js";

export const graphView = `
RETURN ($planId IS NULL OR EXISTS { MATCH (p:Plan) WHERE p.planId = $planId }) AS planFound,
  COLLECT {
    MATCH (n:Entity)
    WHERE ($planId IS NULL OR n.planId = $planId) AND ($kinds IS NULL OR n.kind IN $kinds)
    WITH n, ${owningDepartment("n")} AS owner
    RETURN {
      id: n.id, name: n.name, kind: n.kind, departmentId: owner.id, departmentName: owner.name,
      letter: n.letter, ordinal: n.ordinal,
      goalLetter: head([(g:Goal)-[:HAS_INITIATIVE]->(n) | g.letter])
    }
  } AS nodes,
  COLLECT {
    MATCH (a:Entity)-[r]->(b:Entity)
    WHERE ($planId IS NULL OR a.planId = $planId) AND ($types IS NULL OR type(r) IN $types)
    RETURN {
      id: coalesce(r.key, a.id + '|' + type(r) + '|' + b.id), source: a.id, target: b.id, type: type(r),
      evidence: coalesce(r.evidence, ''), section: coalesce(r.section, ''), inferred: coalesce(r.inferred, false),
      fromDepartmentId: ${owningDepartmentId("a")}, toDepartmentId: ${owningDepartmentId("b")}
    }
  } AS edges`;
