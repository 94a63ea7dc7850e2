/** Danish full-text search over names and texts (index `plangraf_text`, graph/schema.ts). */
import { nodeMap } from "./fragments.js";

/**
 * `$query` is a Lucene query built from escaped user text; `$fetch` bounds what the index
 * returns before the kind filter, `$limit` what the caller gets.
 */
export const search = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($fetch)}) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($planId IS NULL OR node.planId = $planId)
RETURN ${nodeMap("node")} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)`;
