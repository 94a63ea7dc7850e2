/** Every DataLoader of a request, built fresh for each one. */
import type { GraphDb } from "../graph/driver.js";
import { createDependencyLoaders } from "./modules/dependency/dependency.loaders.js";
import { createNodeLoaders } from "./modules/node/node.loaders.js";

export function createLoaders(db: GraphDb) {
  return { ...createNodeLoaders(db), ...createDependencyLoaders(db) };
}

export type Loaders = ReturnType<typeof createLoaders>;
