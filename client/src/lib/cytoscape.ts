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

/** WebGL2 is what Cytoscape's WebGL renderer needs; headless or old browsers may lack it. */
export function supportsWebgl2(): boolean {
  try {
    return document.createElement("canvas").getContext("webgl2") !== null;
  } catch {
    return false;
  }
}
