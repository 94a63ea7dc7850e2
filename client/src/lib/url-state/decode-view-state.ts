import { DIRECTIONS, isNodeKind, isRelationType } from "../vocabulary";
import {
  DEFAULT_VIEW_STATE,
  KEY_NODE_COUNTS,
  LANGS,
  LAYOUTS,
  MAX_DEPTH,
  MIN_DEPTH,
  MODES,
  RENDERERS,
  VIEWS,
  type GraphViewport,
  type ViewState,
} from "./view-state";

function oneOf<T extends string>(allowed: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function intIn(value: string | null, min: number, max: number, fallback: number): number {
  if (value === null || !/^-?\d+$/.test(value)) return fallback;
  const n = Number(value);
  return n < min || n > max ? fallback : n;
}

function flag(value: string | null): boolean {
  return value === "1" || value === "true";
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

function decodeViewport(value: string | null): GraphViewport | null {
  const parts = (value ?? "").split(",").map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [zoom, x, y] = parts as [number, number, number];
  return zoom > 0 && zoom <= 10 ? { zoom, x, y } : null;
}

/** Reads a permalink. Unknown or malformed values fall back to the defaults, never throw. */
export function decodeViewState(search: string): ViewState {
  const p = new URLSearchParams(search);
  const d = DEFAULT_VIEW_STATE;
  const text = (key: string) => {
    const v = p.get(key);
    return v === null || v === "" ? null : v;
  };
  const cellFrom = text("cfrom");
  const cellTo = text("cto");
  const dir = p.get("dir");
  return {
    view: oneOf(VIEWS, p.get("view"), d.view),
    lang: oneOf(LANGS, p.get("lang"), d.lang),
    plan: text("plan"),
    selected: text("sel"),
    departments: unique(p.getAll("dept").filter((v) => v !== "")),
    kinds: unique(p.getAll("kind").filter(isNodeKind)),
    relations: unique(p.getAll("rel").filter(isRelationType)),
    crossOnly: flag(p.get("cross")),
    mode: oneOf(MODES, p.get("mode"), d.mode),
    direction: dir === "up" ? DIRECTIONS[1] : DIRECTIONS[0],
    depth: intIn(p.get("depth"), MIN_DEPTH, MAX_DEPTH, d.depth),
    layout: oneOf(LAYOUTS, p.get("layout"), d.layout),
    renderer: oneOf(RENDERERS, p.get("renderer"), d.renderer),
    pathTo: text("to"),
    query: p.get("q") ?? "",
    system: text("system"),
    milestone: text("milestone"),
    slipDays: intIn(p.get("slip"), 1, 3650, d.slipDays),
    cellFrom: cellFrom && cellTo ? cellFrom : null,
    cellTo: cellFrom && cellTo ? cellTo : null,
    inferred: flag(p.get("inferred")),
    hubs: flag(p.get("hubs")),
    compareFrom: text("from"),
    all: flag(p.get("all")),
    expanded: unique(p.getAll("x").filter((v) => v !== "")),
    isolate: text("iso"),
    isolateDepth: intIn(p.get("isod"), 1, 4, d.isolateDepth),
    viewport: decodeViewport(p.get("vp")),
    top: (KEY_NODE_COUNTS as readonly number[]).includes(Number(p.get("top"))) ? Number(p.get("top")) : d.top,
  };
}
