import cytoscape from "cytoscape";
import dagre from "cytoscape-dagre";
import fcose from "cytoscape-fcose";

let registered = false;

/** Cytoscape with the layouts the app uses; extensions are registered once per page. */
export function getCytoscape(): typeof cytoscape {
  if (!registered) {
    cytoscape.use(fcose);
    cytoscape.use(dagre);
    registered = true;
  }
  return cytoscape;
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
