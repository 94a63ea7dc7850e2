/**
 * Cypher for named views. A SavedView carries no `Entity` label: loading or pruning a plan
 * never touches it and no graph query reads it. Every value is a $param.
 */

export const listViews = `
MATCH (v:SavedView {planId: $planId})
RETURN v {.*} AS view
ORDER BY toLower(v.name), v.createdAt, v.id`;

/** The plan must exist (as an Entity of kind Plan) for a view to be saved under it. */
export const planExists = `
OPTIONAL MATCH (p:Entity:Plan {id: $planId})
RETURN p IS NOT NULL AS exists`;

/** Takes the view's write lock before reading it, so two writers of one view serialise. */
export const lockView = `
MATCH (v:SavedView {id: $id})
SET v.__lock = true
REMOVE v.__lock
RETURN v {.*} AS view`;

/** Same name in the same plan: the caller updates that one (with its version) instead. */
export const viewByName = `
MATCH (v:SavedView {planId: $planId, name: $name})
RETURN v {.*} AS view`;

export const createView = `
CREATE (v:SavedView)
SET v = $props, v.id = randomUUID(), v.createdAt = toString(datetime()), v.version = 1
RETURN v {.*} AS view`;

export const updateView = `
MATCH (v:SavedView {id: $id})
SET v += $patch
RETURN v {.*} AS view`;

export const deleteView = `
MATCH (v:SavedView {id: $id})
DELETE v
RETURN count(*) AS count`;
