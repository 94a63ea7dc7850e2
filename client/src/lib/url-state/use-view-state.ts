import { useCallback, useMemo, useSyncExternalStore } from "react";
import { decodeViewState } from "./decode-view-state";
import { encodeViewState } from "./encode-view-state";
import type { ViewState } from "./view-state";

const CHANGE_EVENT = "plangraf:urlchange";

function subscribe(onChange: () => void): () => void {
  window.addEventListener("popstate", onChange);
  window.addEventListener(CHANGE_EVENT, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(CHANGE_EVENT, onChange);
  };
}

const getSearch = () => window.location.search;

export type ViewStatePatch = Partial<ViewState> | ((current: ViewState) => Partial<ViewState>);
export interface UpdateOptions {
  /** Replace the history entry instead of adding one (typing, sliders). */
  replace?: boolean;
}
export type UpdateViewState = (patch: ViewStatePatch, options?: UpdateOptions) => void;

/** The view state lives in the URL only: reload, back/forward and shared links restore it. */
export function useViewState(): [ViewState, UpdateViewState] {
  const search = useSyncExternalStore(subscribe, getSearch, getSearch);
  const state = useMemo(() => decodeViewState(search), [search]);
  const update = useCallback<UpdateViewState>((patch, options) => {
    const current = decodeViewState(window.location.search);
    const next = { ...current, ...(typeof patch === "function" ? patch(current) : patch) };
    const url = `${window.location.pathname}${encodeViewState(next)}${window.location.hash}`;
    if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
    if (options?.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }, []);
  return [state, update];
}
