import type { ImpactDirection, NodeKind, RelationType } from "../vocabulary";

export const VIEWS = ["graph", "matrix", "systems", "keyNodes", "timeline", "compare", "review", "report"] as const;
export type View = (typeof VIEWS)[number];

export const MODES = ["details", "impact", "path"] as const;
export type Mode = (typeof MODES)[number];

export const LAYOUTS = ["fcose", "dagre"] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export const LANGS = ["da", "en"] as const;
export type Lang = (typeof LANGS)[number];

export const RENDERERS = ["auto", "canvas", "webgl"] as const;
export type RendererChoice = (typeof RENDERERS)[number];

/** How many key nodes the key-node view lists. */
export const KEY_NODE_COUNTS = [10, 25, 50, 100] as const;

export const MIN_DEPTH = 1;
/** The API's own limit: at depth 10 the impact list is "all dependents". */
export const MAX_DEPTH = 10;

/** Everything a permalink restores. Empty lists mean "no filter" (all). */
export interface ViewState {
  view: View;
  lang: Lang;
  /** The plan shown; null: the newest plan in the graph. */
  plan: string | null;
  selected: string | null;
  departments: string[];
  kinds: NodeKind[];
  relations: RelationType[];
  crossOnly: boolean;
  mode: Mode;
  direction: ImpactDirection;
  depth: number;
  layout: LayoutName;
  renderer: RendererChoice;
  pathTo: string | null;
  query: string;
  system: string | null;
  milestone: string | null;
  slipDays: number;
  cellFrom: string | null;
  cellTo: string | null;
  /** The matrix also counts inferred dependencies. */
  inferred: boolean;
  /** The path may go through departments, organisations and themes. */
  hubs: boolean;
  /** Key nodes listed (one of KEY_NODE_COUNTS). */
  top: number;
  /** "Sammenlign": the earlier plan, compared with `plan` (the later one). */
  compareFrom: string | null;
  /** Graph: everything instead of the cross-department overview. */
  all: boolean;
  /** Graph: nodes whose neighbours are shown one step further, in the order they were expanded. */
  expanded: string[];
  /** Graph: only this node and what lies within `isolateDepth` steps of it. */
  isolate: string | null;
  isolateDepth: number;
  /** Graph: zoom and the model point at the centre of the canvas, as the reader left them. */
  viewport: GraphViewport | null;
}

export interface GraphViewport {
  zoom: number;
  x: number;
  y: number;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  view: "graph",
  lang: "da",
  plan: null,
  selected: null,
  departments: [],
  kinds: [],
  relations: [],
  crossOnly: false,
  mode: "details",
  direction: "DOWNSTREAM",
  depth: 3,
  layout: "fcose",
  renderer: "auto",
  pathTo: null,
  query: "",
  system: null,
  milestone: null,
  slipDays: 30,
  cellFrom: null,
  cellTo: null,
  inferred: false,
  hubs: false,
  top: 25,
  compareFrom: null,
  all: false,
  expanded: [],
  isolate: null,
  isolateDepth: 1,
  viewport: null,
};
