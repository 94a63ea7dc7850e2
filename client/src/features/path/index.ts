export { usePath } from "./api/path";
export { PathPanel } from "./components/path-panel";
export { pathHighlight } from "./lib/path-highlight";
