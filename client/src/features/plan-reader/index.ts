export { PlanReader } from "./components/plan-reader";
