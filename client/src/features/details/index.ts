export { DetailsPanel } from "./components/details-panel";
