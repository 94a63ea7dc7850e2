/** Everything tied to one system or project and to its modules (the "Focus.IT view"). */
import { edgeMap, nodeMap } from "./fragments.js";

/** Modules are systems PART_OF the system, up to three levels (module of a module). */
export const systemLinks = `
MATCH (s:System {id: $id})
OPTIONAL MATCH (m:System)-[:PART_OF*1..3]->(s)
WITH s, collect(DISTINCT m) AS modules
WITH s, modules, [s] + modules AS targets
RETURN ${nodeMap("s")} AS system,
  COLLECT { UNWIND modules AS m WITH m ORDER BY m.name, m.id RETURN ${nodeMap("m")} } AS modules,
  COLLECT {
    UNWIND targets AS b
    MATCH (a:Entity)-[r]->(b)
    WHERE NOT (type(r) = 'PART_OF' AND a IN targets)
    RETURN ${edgeMap("r", "a", "b")}
  } + COLLECT {
    UNWIND targets AS a
    MATCH (a)-[r]->(b:Entity)
    WHERE NOT (type(r) = 'PART_OF' AND b IN targets)
    RETURN ${edgeMap("r", "a", "b")}
  } AS edges`;

/** For each system, the passage that names the department responsible for it (none: no row). */
export const ownerEvidence = `
UNWIND $ids AS id
MATCH (:Department)-[r:RESPONSIBLE_FOR]->(:System {id: id})
RETURN id, head(collect(r.evidence)) AS evidence`;
