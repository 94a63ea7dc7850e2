/** Reading nodes by id or by kind, in one round trip for any number of them. */
import type { NodeKind } from "../model.js";
import { inPlan, naturalOrder, nodeMap } from "./fragments.js";

export const nodesByIds = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeMap("n")} AS node`;

/** Every node of one kind, in one plan or all (`$planId` null). */
export const nodesOfKind = (kind: NodeKind) => `
MATCH (n:${kind})
WHERE ${inPlan("n")}
RETURN ${nodeMap("n")} AS node
ORDER BY ${naturalOrder("n")}`;

/** Goals of one department, or of every department (`$departmentId` null). */
export const goalsOfDepartment = `
MATCH (d:Department)-[:OWNS]->(n:Goal)
WHERE $departmentId IS NULL OR d.id = $departmentId
RETURN ${nodeMap("n")} AS node
ORDER BY n.planId, d.name, n.letter, n.id`;

export const planExists = `
RETURN EXISTS { MATCH (p:Plan) WHERE p.planId = $planId } AS found`;

export const kindOf = `
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n.kind AS kind`;
