/** Reading nodes by id, in one round trip for any number of ids. */
export const nodesByIds = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n {.*} AS node`;
