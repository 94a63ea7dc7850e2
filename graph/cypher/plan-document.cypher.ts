/** The plan's source text and what in the graph quotes it, by section. */

export const planSourceText = `
MATCH (p:PlanSource {planId: $planId})
RETURN p.file AS file, p.markdown AS markdown`;

/** Every edge of the plan that quotes it, with its section and both ends. */
export const quotingEdges = `
MATCH (a:Entity {planId: $planId})-[r]->(b:Entity)
WHERE coalesce(r.evidence, '') <> '' AND coalesce(r.section, '') <> ''
RETURN r.section AS section, r.evidence AS quote,
  coalesce(r.key, a.id + '|' + type(r) + '|' + b.id) AS id, type(r) AS type,
  a {.id, .name, .kind} AS from, b {.id, .name, .kind} AS to
ORDER BY section, id`;

/** Every node of the plan with the section it is stated in. */
export const sectionNodes = `
MATCH (n:Entity {planId: $planId})
WHERE coalesce(n.source, '') <> '' AND NOT n:Plan
RETURN n.source AS section, n {.id, .name, .kind} AS node
ORDER BY section, n.id`;
