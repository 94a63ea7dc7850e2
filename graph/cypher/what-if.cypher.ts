import { nodeMap } from "./fragments.js";

/** The DEADLINE milestones held (HAS_MILESTONE) by the given goals and initiatives. */
export const heldDeadlines = `
UNWIND $ids AS id
MATCH (h:Entity {id: id})-[:HAS_MILESTONE]->(m:Milestone)
WHERE m.timing = 'DEADLINE'
RETURN h {.id, .name, .kind} AS holder, ${nodeMap("m")} AS milestone
ORDER BY m.date, m.id, h.id`;
