import type { Core, CytoscapeOptions } from "cytoscape";
import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from "react";
import { getCytoscape } from "../../../lib/cytoscape";
import { graphStyle } from "../lib/graph-style";

declare global {
  interface Window {
    /** Test handle: e2e tests assert on the graph model, not on pixels. */
    __cy?: Core;
  }
}

export interface CyHandlers {
  onNode: (id: string) => void;
  onEdge: (id: string) => void;
  onBackground: () => void;
  /** The node under the pointer, or null when it leaves (department groups do not count). */
  onHover?: (id: string | null) => void;
}

export interface CyCreateOptions {
  /** Cytoscape's WebGL renderer (3.31+), for big graphs. */
  webgl: boolean;
  /** Level of detail for big graphs: no edges and a texture while panning and zooming. */
  big: boolean;
}

/**
 * Creates the Cytoscape instance once for the container and binds its listeners once; the
 * listeners read the current handlers from a ref. Creation options (renderer, level of detail)
 * are fixed for the instance's life: the owner remounts (by key) to change them.
 */
export function useCyInstance(
  container: RefObject<HTMLDivElement | null>,
  options: CyCreateOptions,
  handlers: CyHandlers,
): Core | null {
  const [cy, setCy] = useState<Core | null>(null);
  const handlersRef = useRef(handlers);
  const createOptions = useRef(options);

  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const { webgl, big } = createOptions.current;
    const config: CytoscapeOptions & { renderer?: { name: string; webgl?: boolean } } = {
      container: el,
      style: graphStyle(),
      elements: [],
      minZoom: 0.05,
      maxZoom: 4,
      boxSelectionEnabled: false,
      autounselectify: true,
      hideEdgesOnViewport: big,
      textureOnViewport: big && !webgl,
      motionBlur: false,
      ...(webgl ? { renderer: { name: "canvas", webgl: true } } : {}),
    };
    const instance = getCytoscape()(config);
    instance.on("tap", "node", (e) => {
      if (!e.target.isParent()) handlersRef.current.onNode(e.target.id());
    });
    instance.on("mouseover", "node", (e) => {
      if (!e.target.isParent()) handlersRef.current.onHover?.(e.target.id());
    });
    instance.on("mouseout", "node", () => handlersRef.current.onHover?.(null));
    instance.on("tap", "edge", (e) => handlersRef.current.onEdge(e.target.id()));
    instance.on("tap", (e) => {
      if (e.target === instance) handlersRef.current.onBackground();
    });
    const leave = () => handlersRef.current.onHover?.(null);
    el.addEventListener("mouseleave", leave);
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(el);
    window.__cy = instance;
    setCy(instance);
    return () => {
      resize.disconnect();
      el.removeEventListener("mouseleave", leave);
      if (window.__cy === instance) delete window.__cy;
      instance.destroy();
      setCy(null);
    };
  }, [container]);

  return cy;
}
