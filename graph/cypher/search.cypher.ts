/** Danish full-text search over names and texts (index `plangraf_text`, graph/schema.ts). */
import { nodeMap } from "./fragments.js";

/**
 * `$query` is a Lucene query built from escaped user text; `$fetch` bounds what the index
 * returns before the kind filter, `$limit` what the caller gets. A node whose name or alias
 * is the text itself ranks first (searching "OPUS" finds the system OPUS before the many
 * goals that mention it), then names that start with it.
 */
export const search = `
CALL db.index.fulltext.queryNodes($index, $query, {limit: toInteger($fetch)}) YIELD node, score
WHERE ($kinds IS NULL OR node.kind IN $kinds) AND ($planId IS NULL OR node.planId = $planId)
WITH node, score * CASE
    WHEN toLower(node.name) = $text OR any(alias IN coalesce(node.aliases, []) WHERE toLower(alias) = $text) THEN 10.0
    WHEN toLower(node.name) STARTS WITH $text THEN 3.0
    ELSE 1.0 END AS score
RETURN ${nodeMap("node")} AS node, score
ORDER BY score DESC, node.id
LIMIT toInteger($limit)`;
