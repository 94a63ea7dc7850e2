/**
 * The client bench page (bundled by esbuild, run in headless Chromium): the app's own
 * Cytoscape setup (extensions, style, fcose options, element mapping, renderer and
 * level-of-detail settings as in client/src/features/graph/hooks/use-cy-instance.ts), timed
 * from the moment the data has arrived to a laid-out graph that has drawn and takes taps.
 */
import type { Core, CytoscapeOptions } from "cytoscape";
import { getCytoscape, supportsWebgl2 } from "../../../client/src/lib/cytoscape";
import { departmentColors } from "../../../client/src/lib/department-colors";
import { graphStyle } from "../../../client/src/features/graph/lib/graph-style";
import { layoutOptions } from "../../../client/src/features/graph/lib/layout-options";
import { toElements } from "../../../client/src/features/graph/lib/to-elements";

/** client/src/features/graph/components/graph-panel.tsx: BIG_GRAPH (not imported: that module pulls in React). */
const BIG_GRAPH = 1500;

export interface ClientCase {
  /** The GraphView as the HTTP response body would carry it. */
  json: string;
  webgl: boolean;
  panMs: number;
  /** Merged over the app's layout options (to measure a proposed change). */
  layoutOverride?: Record<string, unknown>;
}

export interface ClientResult {
  webglAvailable: boolean;
  nodes: number;
  edges: number;
  /** JSON.parse + toElements. */
  prepareMs: number;
  /** Creating the instance and adding the elements. */
  addMs: number;
  layoutMs: number;
  /** Data arrival to the first frame drawn after the layout, with tap handlers bound. */
  readyMs: number;
  /** Animation frames per second while panning (each frame also draws the graph, so a slow draw lowers it). */
  panFps: number;
  /** Cytoscape "render" events during the pan (where the renderer emits them). */
  renderEvents: number;
  panFrames: number;
  longFrames: number;
  /** Node ids the page can be tapped on (rendered positions for a real click). */
  probe: { id: string; x: number; y: number } | null;
}

declare global {
  interface Window {
    benchClient(c: ClientCase): Promise<ClientResult>;
    benchTapped: string[];
    __cy?: Core;
  }
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

window.benchTapped = [];
window.benchClient = async (c) => {
  const webglAvailable = supportsWebgl2();
  const webgl = c.webgl && webglAvailable;
  const container = document.getElementById("cy")!;
  await nextFrame();

  // As in the app: the response is parsed and mapped, its size picks the renderer settings
  // (GraphCanvas is keyed by them), the instance is created, then the elements and the layout.
  const t0 = performance.now();
  const view = JSON.parse(c.json) as Parameters<typeof toElements>[0] & { departments: { id: string; name: string }[] };
  const { elements } = toElements(view, departmentColors(view.departments));
  const big = elements.length > BIG_GRAPH;
  const t1 = performance.now();
  const config: CytoscapeOptions & { renderer?: { name: string; webgl?: boolean } } = {
    container,
    style: graphStyle(),
    elements: [],
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: false,
    selectionType: "single",
    hideEdgesOnViewport: big,
    textureOnViewport: big && !webgl,
    motionBlur: false,
    ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
  };
  const cy = getCytoscape()(config);
  cy.on("tap", "node", (e) => window.benchTapped.push(e.target.id()));
  window.__cy = cy;
  cy.batch(() => cy.add(elements));
  const t2 = performance.now();
  const layout = cy.layout({
    ...layoutOptions("fcose", cy.nodes().length, cy.edges().length),
    ...c.layoutOverride,
  } as ReturnType<typeof layoutOptions>);
  const stopped = new Promise<void>((resolve) => layout.one("layoutstop", () => resolve()));
  layout.run();
  await stopped;
  const t3 = performance.now();
  // The first frame drawn after the layout: the renderer's "render" event where it emits one,
  // else (the WebGL path may not) two animation frames, by which the renderer has drawn.
  await Promise.race([new Promise<void>((resolve) => cy.one("render", () => resolve())), nextFrame().then(nextFrame)]);
  await nextFrame();
  const t4 = performance.now();

  const node = cy.nodes().filter((n) => {
    const p = n.renderedPosition();
    return p.x > 50 && p.y > 50 && p.x < container.clientWidth - 50 && p.y < container.clientHeight - 50;
  })[0];
  const probe = node ? { id: node.id(), x: node.renderedPosition().x, y: node.renderedPosition().y } : null;

  let renders = 0;
  cy.on("render", () => (renders += 1));
  let frames = 0;
  let longFrames = 0;
  const panStart = performance.now();
  let last = panStart;
  for (;;) {
    const now = await nextFrame();
    frames += 1;
    if (now - last > 50) longFrames += 1;
    last = now;
    if (now - panStart >= c.panMs) break;
    cy.panBy({ x: 3, y: 2 });
  }
  const panSeconds = (performance.now() - panStart) / 1000;
  // Back to where the layout left it, so the probe's position holds for the click.
  cy.fit(undefined, 30);
  await nextFrame();
  return {
    webglAvailable,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    prepareMs: t1 - t0,
    addMs: t2 - t1,
    layoutMs: t3 - t2,
    readyMs: t4 - t0,
    panFps: frames / panSeconds,
    renderEvents: renders,
    panFrames: frames,
    longFrames,
    probe: probe && {
      id: probe.id,
      x: cy.$id(probe.id).renderedPosition().x,
      y: cy.$id(probe.id).renderedPosition().y,
    },
  };
};
