/** Dependency edges (the types impact travels along) with their evidence. */
import { DEPENDENCY_PATTERN, edgeMap, inPlan, owningDepartmentId } from "./fragments.js";

/** Edges out of each node (the node needs `to`). */
export const dependsOn = `
UNWIND $ids AS id
MATCH (a:Entity {id: id})-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WITH id, a, r, b
ORDER BY type(r), b.name, b.id
RETURN id, collect(${edgeMap("r", "a", "b")}) AS edges`;

/** Edges into each node (`from` needs the node). */
export const dependents = `
UNWIND $ids AS id
MATCH (b:Entity {id: id})<-[r:${DEPENDENCY_PATTERN}]-(a:Entity)
WITH id, a, r, b
ORDER BY type(r), a.name, a.id
RETURN id, collect(${edgeMap("r", "a", "b")}) AS edges`;

/** Dependency edges whose ends are owned by two different departments. */
export const crossDepartment = `
MATCH (a:Entity)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WHERE ${inPlan("a")}
WITH a, r, b, ${owningDepartmentId("a")} AS fromDept, ${owningDepartmentId("b")} AS toDept
WHERE fromDept IS NOT NULL AND toDept IS NOT NULL AND fromDept <> toDept
RETURN ${edgeMap("r", "a", "b")} AS edge
ORDER BY fromDept, toDept, a.id, type(r), b.id`;

/** Counts of dependency edges per (needing department, needed department) pair. */
export const departmentMatrix = `
MATCH (a:Entity)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WHERE ${inPlan("a")}
WITH ${owningDepartmentId("a")} AS fromDept, ${owningDepartmentId("b")} AS toDept
WHERE fromDept IS NOT NULL AND toDept IS NOT NULL AND fromDept <> toDept
RETURN fromDept, toDept, count(*) AS count
ORDER BY fromDept, toDept`;

/** The whole dependency graph of a plan (or all plans) as id pairs, for key-node analysis. */
export const dependencyGraph = `
MATCH (a:Entity)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WHERE ${inPlan("a")}
RETURN a.id AS from, b.id AS to, ${owningDepartmentId("a")} AS fromDept, ${owningDepartmentId("b")} AS toDept`;
