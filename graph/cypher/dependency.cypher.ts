/** Dependency edges (the types a slip travels along, relations.ts) with their evidence. */
import { DEPENDENCY_PATTERN, edgeMap, inPlan, owningDepartmentId, slipTypes } from "./fragments.js";

/**
 * Edges along which a slip travels to or from each node `x`: `from` "far" are the edges a
 * slip of the far end brings to `x`; `from` "x" those a slip of `x` takes to the far end.
 * A "to-from" type carries a slip from its end to its start, a "from-to" type the other
 * way, a symmetric type both ways (relations.ts `slip`).
 */
const slipEdges = (source: "far" | "x") => {
  const [toFromEnd, fromToEnd] = source === "far" ? ["startNode", "endNode"] : ["endNode", "startNode"];
  return `
UNWIND $ids AS id
MATCH (x:Entity {id: id})-[r:${DEPENDENCY_PATTERN}]-(y:Entity)
WHERE (type(r) IN ${slipTypes("to-from")} AND ${toFromEnd}(r) = x)
   OR (type(r) IN ${slipTypes("from-to")} AND ${fromToEnd}(r) = x)
   OR type(r) IN ${slipTypes("both")}
WITH id, r, startNode(r) AS a, endNode(r) AS b, y
ORDER BY type(r), y.name, y.id
RETURN id, collect(${edgeMap("r", "a", "b")}) AS edges`;
};

/**
 * Edges along which a slip reaches each node from the far end (what the node leans on):
 * out along "to-from" types, in along "from-to" ones, either way along symmetric ones.
 */
export const dependsOn = slipEdges("far");

/** Edges along which a slip of each node reaches the far end (what leans on the node): the mirror of `dependsOn`. */
export const dependents = slipEdges("x");

/** Dependency edges whose ends are owned by two different departments (a system by the department responsible for it). */
export const crossDepartment = `
MATCH (a:Entity)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WHERE ${inPlan("a")}
WITH a, r, b, ${owningDepartmentId("a")} AS fromDept, ${owningDepartmentId("b")} AS toDept
WHERE fromDept IS NOT NULL AND toDept IS NOT NULL AND fromDept <> toDept
RETURN ${edgeMap("r", "a", "b")} AS edge
ORDER BY fromDept, toDept, a.id, type(r), b.id`;

/** Every edge a slip may travel along in a plan (or all plans), ends as ids with their kinds and owners. */
export const slipGraph = `
MATCH (a:Entity)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
WHERE ${inPlan("a")}
RETURN a.id AS from, b.id AS to, type(r) AS type, a.kind AS fromKind, b.kind AS toKind,
  ${owningDepartmentId("a")} AS fromDept, ${owningDepartmentId("b")} AS toDept
ORDER BY from, type, to`;

/** The plans the given nodes belong to. */
export const plansOf = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN DISTINCT n.planId AS planId`;
