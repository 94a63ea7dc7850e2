/**
 * Cypher for planners' edits. Labels and relationship types come from model.ts constants;
 * every value is a $param. `lockNode` takes the node's write lock before reading it, so
 * the version read is the latest committed one and two concurrent updates serialise.
 */
import type { NodeKind, RelType } from "../model.js";
import { edgeMap } from "./fragments.js";

export const lockNode = `
MATCH (n:Entity {id: $id})
SET n.__lock = true
REMOVE n.__lock
RETURN n {.*} AS node`;

export const createNode = (kind: NodeKind) => `
CREATE (n:Entity:${kind})
SET n = $props
RETURN n {.*} AS node`;

export const updateNode = `
MATCH (n:Entity {id: $id})
SET n += $patch
RETURN n {.*} AS node`;

export const exists = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.kind AS kind, n.planId AS planId`;

/** A node plus what is deleted with it (a goal's initiatives). */
export const deleteNodes = `
MATCH (n:Entity) WHERE n.id IN $ids
DETACH DELETE n
RETURN count(*) AS count`;

export const goalInitiatives = `
MATCH (:Goal {id: $id})-[:HAS_INITIATIVE]->(i:Initiative)
RETURN i.id AS id`;

/** Takes the goal's write lock (concurrent creates under one goal queue here) and reads its highest initiative number. */
export const lockGoalForInitiative = `
MATCH (g:Goal {id: $goalId})
SET g.__lock = true
REMOVE g.__lock
WITH g
OPTIONAL MATCH (g)-[:HAS_INITIATIVE]->(i:Initiative)
RETURN coalesce(max(i.ordinal), 0) AS top`;

/** For each candidate id, in order: the kind of the live node that has it, and whether a deleted node had it. */
export const idStates = `
UNWIND $ids AS id
OPTIONAL MATCH (n:Entity {id: id})
RETURN id, n.kind AS live, EXISTS { MATCH (:DeletedId {id: id}) } AS dead`;

/** Deleted ids are kept, so that no new node ever gets one of them. */
export const tombstones = `
UNWIND $ids AS id
MERGE (t:DeletedId {id: id})
ON CREATE SET t.planId = $planId, t.deletedAt = toString(datetime())
RETURN count(t) AS count`;

export const link = (type: RelType) => `
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
CREATE (a)-[r:${type}]->(b)
SET r = $props
RETURN r {.*} AS rel`;

export const lockRel = (type: RelType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
SET r.__lock = true
REMOVE r.__lock
RETURN r {.*} AS rel`;

export const updateRel = (type: RelType) => `
MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to})
SET r += $patch
RETURN r {.*} AS rel`;

export const unlink = (type: RelType) => `
MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to})
DELETE r
RETURN count(*) AS count`;

/** An edge as the read queries return it (both ends with their owning departments). */
export const edgeByKey = (type: RelType) => `
MATCH (a:Entity {id: $from})-[r:${type}]->(b:Entity {id: $to})
RETURN ${edgeMap("r", "a", "b")} AS edge`;
