import { DEFAULT_VIEW_STATE, type ViewState } from "./view-state";

/**
 * The view state as URL search params, leaving out what equals the default so that links
 * stay short. Lists are repeated params (`dept=a&dept=b`); ids may contain `:`.
 */
export function encodeViewState(state: ViewState): string {
  const d = DEFAULT_VIEW_STATE;
  const p = new URLSearchParams();
  const put = (key: string, value: string, fallback: string) => {
    if (value !== fallback) p.set(key, value);
  };
  put("view", state.view, d.view);
  put("lang", state.lang, d.lang);
  if (state.plan) p.set("plan", state.plan);
  if (state.selected) p.set("sel", state.selected);
  for (const id of state.departments) p.append("dept", id);
  for (const kind of state.kinds) p.append("kind", kind);
  for (const rel of state.relations) p.append("rel", rel);
  if (state.crossOnly) p.set("cross", "1");
  put("mode", state.mode, d.mode);
  put("dir", state.direction === "UPSTREAM" ? "up" : "down", "down");
  put("depth", String(state.depth), String(d.depth));
  put("layout", state.layout, d.layout);
  put("renderer", state.renderer, d.renderer);
  if (state.pathTo) p.set("to", state.pathTo);
  if (state.query) p.set("q", state.query);
  if (state.system) p.set("system", state.system);
  if (state.milestone) p.set("milestone", state.milestone);
  put("slip", String(state.slipDays), String(d.slipDays));
  put("top", String(state.top), String(d.top));
  if (state.inferred) p.set("inferred", "1");
  if (state.hubs) p.set("hubs", "1");
  if (state.compareFrom) p.set("from", state.compareFrom);
  if (state.all) p.set("all", "1");
  for (const id of state.expanded) p.append("x", id);
  if (state.isolate) p.set("iso", state.isolate);
  put("isod", String(state.isolateDepth), String(d.isolateDepth));
  if (state.viewport)
    p.set("vp", `${+state.viewport.zoom.toFixed(3)},${Math.round(state.viewport.x)},${Math.round(state.viewport.y)}`);
  if (state.cellFrom && state.cellTo) {
    p.set("cfrom", state.cellFrom);
    p.set("cto", state.cellTo);
  }
  const s = p.toString();
  return s ? `?${s}` : "";
}
