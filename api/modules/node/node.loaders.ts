import DataLoader from "dataloader";
import type { GraphDb } from "../../../graph/driver.js";
import { nodesByIds, type StoredNode } from "../../../graph/repositories/node.repository.js";

export function createNodeLoaders(db: GraphDb) {
  return {
    nodeById: new DataLoader<string, StoredNode | null>((ids) => nodesByIds(db, ids)),
  };
}
