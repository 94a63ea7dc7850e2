import type { LayoutOptions } from "cytoscape";
import type { LayoutName } from "../../../lib/url-state";

/**
 * fcose for the overview; dagre left-to-right for the hierarchy
 * (department -> goal -> initiative -> system). No animation: the layout is a one-off per element set.
 */
export function layoutOptions(name: LayoutName, nodeCount: number): LayoutOptions {
  if (name === "dagre") {
    return {
      name: "dagre",
      rankDir: "LR",
      nodeSep: 14,
      rankSep: 110,
      edgeSep: 6,
      nodeDimensionsIncludeLabels: true,
      animate: false,
      fit: true,
      padding: 30,
    } as LayoutOptions;
  }
  return {
    name: "fcose",
    quality: nodeCount > 1200 ? "draft" : "default",
    randomize: true,
    animate: false,
    fit: true,
    padding: 30,
    nodeDimensionsIncludeLabels: true,
    idealEdgeLength: 80,
    nodeRepulsion: 9000,
    nodeSeparation: 80,
    gravity: 0.3,
    packComponents: true,
    numIter: nodeCount > 1200 ? 1000 : 2500,
  } as LayoutOptions;
}
