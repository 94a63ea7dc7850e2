import DataLoader from "dataloader";
import type { GraphDb } from "../../../graph/driver.js";
import { dependencyEdges } from "../../../graph/repositories/dependency.repository.js";
import type { StoredEdge } from "../../../graph/repositories/records.js";

/** Per-request loaders for a node's dependency edges, out (`dependsOn`) and in (`dependents`). */
export function createDependencyLoaders(db: GraphDb) {
  return {
    dependsOn: new DataLoader<string, StoredEdge[]>((ids) => dependencyEdges(db, "dependsOn", ids)),
    dependents: new DataLoader<string, StoredEdge[]>((ids) => dependencyEdges(db, "dependents", ids)),
  };
}
