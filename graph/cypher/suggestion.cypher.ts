/**
 * Cypher for suggested facts. A Suggestion node carries no `Entity` label and stands apart
 * from the plan graph: loading or pruning a plan never touches it, and nothing reads it as
 * part of the graph until a planner accepts it (then the fact is written as an Entity).
 * Labels and relationship types come from model.ts constants; every value is a $param.
 */
import type { NodeKind, RelType } from "../model.js";

/** New suggestions are OPEN; one already reviewed keeps its status and edits. */
export const upsertSuggestions = `
UNWIND $rows AS row
MERGE (s:Suggestion {id: row.id})
ON CREATE SET s = row, s.status = 'OPEN', s.version = 1
RETURN count(s) AS count`;

export const listSuggestions = `
MATCH (s:Suggestion {planId: $planId})
WHERE $status IS NULL OR s.status = $status
RETURN s {.*} AS suggestion
ORDER BY s.kind, s.confidence DESC, s.line, s.id`;

export const lockSuggestion = `
MATCH (s:Suggestion {id: $id})
SET s.__lock = true
REMOVE s.__lock
RETURN s {.*} AS suggestion`;

export const updateSuggestion = `
MATCH (s:Suggestion {id: $id})
SET s += $patch
RETURN s {.*} AS suggestion`;

export const savePlanSource = `
MERGE (p:PlanSource {planId: $planId})
SET p.file = $file, p.markdown = $markdown, p.municipality = $municipality
RETURN p.planId AS planId`;

export const planSource = `
MATCH (p:PlanSource {planId: $planId})
RETURN p {.*} AS source`;

/** Systems and organisations of every other plan: the catalogue an import starts from. */
export const catalogue = `
MATCH (n:Entity)
WHERE n.planId <> $planId AND (n:System OR n:Organisation)
RETURN n.kind AS kind, n.name AS name, coalesce(n.aliases, []) AS aliases, n.category AS category
ORDER BY n.planId, n.name`;

export const nodeKinds = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.kind AS kind, n.planId AS planId`;

export const createFactNode = (kind: NodeKind) => `
CREATE (n:Entity:${kind})
SET n = $props
RETURN n {.*} AS node`;

export const createFactEdge = (type: RelType) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MERGE (a)-[r:${type}]->(b)
SET r = $props
RETURN r {.*} AS rel`;

/** Everything of one plan that a facts file states: its nodes and their non-structural edges. */
export const planFacts = `
MATCH (n:Entity {planId: $planId})
WHERE n:System OR n:Organisation OR n:Milestone OR n:StatusItem
RETURN n {.*} AS node
ORDER BY n.kind, n.id`;

export const planEdges = `
MATCH (a:Entity {planId: $planId})-[r]->(b:Entity)
WHERE r.origin IN ['curated', 'detected']
RETURN a.id AS from, type(r) AS type, b.id AS to, r {.*} AS rel, a.source AS fromSource
ORDER BY a.id, type(r), b.id`;
