export { CellDependencies } from "./components/cell-dependencies";
export { MatrixView } from "./components/matrix-view";
