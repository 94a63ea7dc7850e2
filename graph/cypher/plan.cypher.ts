import { nodeMap } from "./fragments.js";

export const allPlans = `
MATCH (p:Plan)
RETURN ${nodeMap("p")} AS plan
ORDER BY p.year DESC, p.name`;
