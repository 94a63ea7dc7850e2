import type { GraphDb } from "../driver.js";
import type { NodeKind } from "../model.js";
import { FULLTEXT_INDEX } from "../schema.js";
import * as cypher from "../cypher/search.cypher.js";
import { toLuceneQuery } from "./algorithms/lucene-query.js";
import type { StoredNode } from "./records.js";

export interface SearchRecord {
  node: StoredNode;
  score: number;
}

/** What the index hands over before kinds and plan are filtered. */
const INDEX_FETCH = 1_000;

/** Full-text hits for `text` (Danish analyzer), best first. */
export async function searchNodes(
  db: GraphDb,
  text: string,
  options: { kinds: NodeKind[] | null; planId: string | null; limit: number },
): Promise<SearchRecord[]> {
  return db.read("search", (tx) =>
    tx.run<{ node: StoredNode; score: number }>(cypher.search, {
      index: FULLTEXT_INDEX,
      query: toLuceneQuery(text),
      text: text.trim().toLowerCase(),
      fetch: INDEX_FETCH,
      kinds: options.kinds,
      planId: options.planId,
      limit: options.limit,
    }),
  );
}
