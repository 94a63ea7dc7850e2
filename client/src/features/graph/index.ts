export { FilterPanel } from "./components/filter-panel";
export { GraphPanel } from "./components/graph-panel";
export type { Highlight } from "./lib/highlight-classes";
