export { SystemLinks } from "./components/system-links";
export { SystemList } from "./components/system-list";
