/** Reading nodes by id or by kind, in one round trip for any number of them. */
import type { NodeKind } from "../model.js";
import { naturalOrder, nodeMap } from "./fragments.js";
import { relationTree, type RelationStep } from "./relation-tree.cypher.js";

/** The relations a request selects below node `n`, as a `tree` column (nothing when none). */
const withTree = (steps: readonly RelationStep[]) => (steps.length > 0 ? `, ${relationTree(steps, "n")} AS tree` : "");

export const nodesByIds = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeMap("n")} AS node`;

/**
 * Every node of one kind, in one plan (`inOnePlan`: by `$planId`) or in all plans. The
 * caller chooses the statement: with a plan, the `entity_plan` index finds the plan's nodes
 * and the label check keeps the kind; `$planId IS NULL OR ...` in one statement would make
 * the planner scan every node of the kind.
 */
export const nodesOfKind = (kind: NodeKind, inOnePlan: boolean, steps: readonly RelationStep[] = []) =>
  inOnePlan
    ? `
MATCH (n:Entity {planId: $planId})
WHERE n:${kind}
RETURN ${nodeMap("n")} AS node${withTree(steps)}
ORDER BY ${naturalOrder("n")}`
    : `
MATCH (n:${kind})
RETURN ${nodeMap("n")} AS node${withTree(steps)}
ORDER BY ${naturalOrder("n")}`;

/** Goals of one department, or of every department (`$departmentId` null). */
export const goalsOfDepartment = (steps: readonly RelationStep[] = []) => `
MATCH (d:Department)-[:OWNS]->(n:Goal)
WHERE $departmentId IS NULL OR d.id = $departmentId
RETURN ${nodeMap("n")} AS node${withTree(steps)}
ORDER BY n.planId, d.name, n.letter, n.id`;

export const planExists = `
RETURN EXISTS { MATCH (p:Plan) WHERE p.planId = $planId } AS found`;

export const kindOf = `
OPTIONAL MATCH (n:Entity {id: $id})
RETURN n.kind AS kind`;
