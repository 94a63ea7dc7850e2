/**
 * Closure queries for impact and the shortest explanation between two nodes.
 *
 * The variable-length bound cannot be a parameter. The closure uses a fixed literal
 * ceiling (MAX_DEPTH + 1: one level past the deepest allowed answer, so that the caller can
 * tell whether the requested depth cut anything off) and returns DISTINCT end nodes with
 * no path predicate, which Neo4j plans as a pruning breadth-first expand. A `length(p) <=
 * $depth` predicate would force it to enumerate every path instead. The requested depth
 * (clamped in TypeScript to 1..MAX_DEPTH) is applied to the exact breadth-first levels
 * computed from the edges this query returns.
 */
import { HUB_KINDS, SLIP_ROLE } from "../relations.js";
import type { NodeKind } from "../model.js";
import { DEPENDENCY_PATTERN, lightEdgeMap, nodeMap, projectedNodeMap, slipTypes } from "./fragments.js";

export const MAX_DEPTH = 10;
const CEILING = MAX_DEPTH + 1;

export type ImpactWay = "downstream" | "upstream";

const anyLabel = (v: string, kinds: readonly NodeKind[]) => kinds.map((k) => `${v}:${k}`).join(" OR ");

/**
 * One hop `(a)-[r]-(b)` of a slip, a the end it comes from: the rules of
 * algorithms/slip.ts written as a predicate (the repository re-applies them exactly when it
 * computes the levels, so this only bounds what is read). Downstream a slip goes from the
 * needed end to the needing end of a "to-from" relation, from `from` to `to` of a
 * "from-to" one, and either way along a symmetric one; upstream the reverse. Only the root
 * and kinds that pass a slip on are gone through; kinds that are never hit are not reached.
 */
function hop(way: ImpactWay): string {
  const [toFromStart, fromToStart] =
    way === "downstream" ? ["endNode(r) = a", "startNode(r) = a"] : ["startNode(r) = a", "endNode(r) = a"];
  const never = (Object.keys(SLIP_ROLE) as NodeKind[]).filter((k) => SLIP_ROLE[k] === "never");
  return `((a)-[r:${DEPENDENCY_PATTERN}]-(b)
    WHERE ((type(r) IN ${slipTypes("to-from")} AND ${toFromStart})
        OR (type(r) IN ${slipTypes("from-to")} AND ${fromToStart})
        OR type(r) IN ${slipTypes("both")})
      AND (a.id = $id OR NOT (${anyLabel("a", HUB_KINDS)}))
      AND NOT (${anyLabel("b", never)}))`;
}

const closurePattern: Record<ImpactWay, string> = {
  downstream: `(root) ${hop("downstream")}{1,${CEILING}} (n:Entity)`,
  upstream: `(root) ${hop("upstream")}{1,${CEILING}} (n:Entity)`,
};

/**
 * How many nodes the root's closure holds (capped at `$cap`), every member once (the root
 * last; no row when `$id` names no node), and every dependency edge among them with its ends as ids only: the
 * repository joins the ends to the members, so that the owning department is computed once
 * per node rather than for both ends of every edge. Of each member only `properties` are
 * read (plus the core ones and the owner); all of them when null.
 */
export const closure = (way: ImpactWay, properties: readonly string[] | null = null) => `
MATCH (root:Entity {id: $id})
CALL {
  WITH root
  OPTIONAL MATCH ${closurePattern[way]}
  WITH DISTINCT root, n
  WHERE n IS NOT NULL AND n <> root
  WITH n LIMIT toInteger($cap)
  RETURN collect(n) AS found
}
WITH root, found, found + root AS members
RETURN size(found) AS found,
  [m IN members | ${projectedNodeMap("m", properties)}] AS nodes,
  COLLECT {
    UNWIND members AS a
    MATCH (a)-[r:${DEPENDENCY_PATTERN}]->(b:Entity)
    WHERE b IN members
    RETURN ${lightEdgeMap("r", "a", "b")}
  } AS edges`;

/** Which of the two ids exist. */
export const endpoints = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN ${nodeMap("n")} AS node`;

/**
 * One level of a path search: every dependency edge at each of `$ids`, with the far end's
 * id and kind. The walk (impact.repository.ts) decides which ends it may go on from.
 */
export const pathLevel = `
UNWIND $ids AS id
MATCH (x:Entity {id: id})-[r:${DEPENDENCY_PATTERN}]-(y:Entity)
WITH x, r, y, startNode(r) AS a, endNode(r) AS b
RETURN x.id AS at, y.id AS next, y.kind AS nextKind, ${lightEdgeMap("r", "a", "b")} AS edge`;
