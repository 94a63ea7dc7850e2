import DataLoader from "dataloader";
import type { GraphDb } from "../../../graph/driver.js";
import { dependentCounts, type DependentCount } from "../../../graph/repositories/analysis.repository.js";
import { dependencyEdges } from "../../../graph/repositories/dependency.repository.js";
import { ownerEvidence } from "../../../graph/repositories/system-links.repository.js";
import type { StoredEdge } from "../../../graph/repositories/records.js";

/** Per-request loaders for a node's dependency edges, out (`dependsOn`) and in (`dependents`), its dependent counts, a system's owner evidence. */
export function createDependencyLoaders(db: GraphDb) {
  return {
    dependsOn: new DataLoader<string, StoredEdge[]>((ids) => dependencyEdges(db, "dependsOn", ids)),
    dependents: new DataLoader<string, StoredEdge[]>((ids) => dependencyEdges(db, "dependents", ids)),
    dependentCount: new DataLoader<string, DependentCount>((ids) => dependentCounts(db, ids)),
    ownerEvidence: new DataLoader<string, string | null>((ids) => ownerEvidence(db, ids)),
  };
}
