export { useImpact } from "./api/impact";
export { ImpactPanel } from "./components/impact-panel";
export { impactHighlight } from "./lib/impact-highlight";
