export { KeyNodeTable } from "./components/key-node-table";
