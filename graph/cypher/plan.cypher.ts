export const allPlans = `
MATCH (p:Plan)
RETURN p {.*} AS plan
ORDER BY p.year DESC, p.name`;
