export { CompareView } from "./components/compare-view";
export { defaultFrom } from "./lib/default-from";
