import DataLoader from "dataloader";
import type { GraphDb } from "../../../graph/driver.js";
import type { RelType } from "../../../graph/model.js";
import { nodesByIds, type StoredNode } from "../../../graph/repositories/node.repository.js";
import { relatedNodes, type Direction } from "../../../graph/repositories/relation.repository.js";

/**
 * Per-request loaders for nodes: by id, and neighbours along one relationship type. All
 * parents asking for the same relation in one tick share one Cypher round trip.
 */
export function createNodeLoaders(db: GraphDb) {
  const related = new Map<string, DataLoader<string, StoredNode[]>>();
  return {
    nodeById: new DataLoader<string, StoredNode | null>((ids) => nodesByIds(db, ids)),
    related(type: RelType, direction: Direction): DataLoader<string, StoredNode[]> {
      const key = `${direction}:${type}`;
      let loader = related.get(key);
      if (!loader) {
        loader = new DataLoader<string, StoredNode[]>((ids) => relatedNodes(db, type, direction, ids));
        related.set(key, loader);
      }
      return loader;
    },
  };
}
