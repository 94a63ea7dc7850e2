import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";
import { useEffect, useState, useSyncExternalStore } from "react";

let registered = false;

/** Cytoscape with the overview's layout (fcose); extensions are registered once per page. */
export function getCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  return cytoscape;
}

/**
 * Layouts that are loaded on first use: the hierarchy (dagre) is only drawn when a user picks it,
 * so the landing page does not carry it.
 */
const LAZY_LAYOUTS: Record<string, () => Promise<cytoscape.Ext>> = {
  dagre: () => import("cytoscape-dagre").then((m) => m.default),
};

const loaded = new Set<string>();
const loading = new Map<string, Promise<void>>();
const listeners = new Set<() => void>();

/** True when `cy.layout({ name })` can run now: fcose always, a lazy layout once loaded. */
export function isLayoutLoaded(name: string): boolean {
  return !(name in LAZY_LAYOUTS) || loaded.has(name);
}

/** Loads and registers a layout extension once; resolves when the layout can run. */
export function loadLayout(name: string): Promise<void> {
  const load = LAZY_LAYOUTS[name];
  if (!load || loaded.has(name)) return Promise.resolve();
  let pending = loading.get(name);
  if (!pending) {
    pending = load().then(
      (extension) => {
        getCytoscape().use(extension);
        loaded.add(name);
        loading.delete(name);
        for (const listener of listeners) listener();
      },
      (error: unknown) => {
        // A failed download (network, a redeploy) may be retried by the next render.
        loading.delete(name);
        throw error;
      },
    );
    loading.set(name, pending);
  }
  return pending;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Whether the layout can run; starts loading it when it cannot. A failed load is thrown to the
 * nearest error boundary, whose retry loads it again.
 */
export function useLayoutLoaded(name: string): boolean {
  const ready = useSyncExternalStore(
    subscribe,
    () => isLayoutLoaded(name),
    () => isLayoutLoaded(name),
  );
  const [failure, setFailure] = useState<Error | null>(null);
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLayout(name).catch((error: unknown) => {
      if (live) setFailure(error instanceof Error ? error : new Error(String(error)));
    });
    return () => {
      live = false;
    };
  }, [name, ready, setFailure]);
  if (failure) throw failure;
  return ready;
}

function webgl2Renderer(): string | null {
  try {
    const gl = document.createElement("canvas").getContext("webgl2");
    if (gl === null) return null;
    const info = gl.getExtension("WEBGL_debug_renderer_info");
    return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  } catch {
    return null;
  }
}

/** WebGL2 is what Cytoscape's WebGL renderer needs; old browsers may lack it. */
export function supportsWebgl2(): boolean {
  return webgl2Renderer() !== null;
}

/**
 * WebGL2 on a GPU: only then is the WebGL renderer chosen automatically. A software
 * implementation (SwiftShader, llvmpipe: headless browsers, machines without a GPU) pans a
 * 5k-element graph at ~3 fps where the canvas renderer manages 60.
 */
export function hasHardwareWebgl2(): boolean {
  const renderer = webgl2Renderer();
  return renderer !== null && !isSoftwareRenderer(renderer);
}

export function isSoftwareRenderer(renderer: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software/i.test(renderer);
}
