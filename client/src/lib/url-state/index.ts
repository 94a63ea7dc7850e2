export { decodeViewState } from "./decode-view-state";
export { encodeViewState } from "./encode-view-state";
export { useViewState, type UpdateViewState, type ViewStatePatch } from "./use-view-state";
export * from "./view-state";
