/**
 * Cypher for comparing two plans: one read of each plan's goals (with department and
 * initiatives), systems, milestones (with the goal that holds them) and dependency edges,
 * and the planners' stored corrections of goal matches. Every value is a $param.
 */
import { nodeMap } from "./fragments.js";

export const planExists = `MATCH (p:Plan {id: $planId}) RETURN p.id AS id, p.year AS year`;

export const goals = `
MATCH (d:Department {planId: $planId})-[:OWNS]->(g:Goal)
OPTIONAL MATCH (g)-[:HAS_INITIATIVE]->(i:Initiative)
WITH d, g, i ORDER BY i.ordinal
WITH d, g, collect(i {.id, .text, .ordinal}) AS initiatives
RETURN ${nodeMap("g")} AS goal, d.name AS department, initiatives
ORDER BY d.name, g.letter`;

export const systems = `
MATCH (s:System {planId: $planId})
RETURN ${nodeMap("s")} AS system
ORDER BY s.name`;

export const milestones = `
MATCH (m:Milestone {planId: $planId})
OPTIONAL MATCH (holder:Entity)-[:HAS_MILESTONE]->(m)
WITH m, collect(holder.id)[0] AS holderId
RETURN ${nodeMap("m")} AS milestone, holderId
ORDER BY m.date`;

/** Dependencies between the plan's parts: needs, coordinates with, involves a department. */
export const dependencies = `
MATCH (a:Entity {planId: $planId})-[r:DEPENDS_ON|COORDINATES_WITH|INVOLVES]->(b:Entity)
WHERE type(r) <> 'INVOLVES' OR b:Department
RETURN type(r) AS type, ${nodeMap("a")} AS from, ${nodeMap("b")} AS to, r.evidence AS evidence
ORDER BY a.id, b.id`;

export const corrections = `
MATCH (c:GoalMatchCorrection {fromPlan: $from, toPlan: $to})
RETURN c.fromGoal AS fromGoal, c.toGoal AS toGoal
ORDER BY c.at`;

/** One correction per goal of either plan: a new one replaces what either goal had. */
export const saveCorrection = `
OPTIONAL MATCH (old:GoalMatchCorrection {fromPlan: $from, toPlan: $to})
WHERE ($fromGoal IS NOT NULL AND old.fromGoal = $fromGoal) OR ($toGoal IS NOT NULL AND old.toGoal = $toGoal)
DETACH DELETE old
WITH count(*) AS removed
CREATE (c:GoalMatchCorrection {id: randomUUID(), fromPlan: $from, toPlan: $to, fromGoal: $fromGoal, toGoal: $toGoal, at: toString(datetime()), actor: $actor})
RETURN c.id AS id`;
