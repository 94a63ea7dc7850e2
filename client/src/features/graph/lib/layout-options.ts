import type { LayoutOptions } from "cytoscape";
import type { LayoutName } from "../../../lib/url-state";

/**
 * fcose for the overview; dagre left-to-right for the hierarchy
 * (department -> goal -> initiative -> system). No animation: the layout is a one-off per element set.
 */
/** Above this many elements (nodes + edges) fcose runs in draft quality: 5k elements lay out in ~1.4 s instead of ~4.5 s. */
export const DRAFT_ABOVE_ELEMENTS = 2500;

export function layoutOptions(name: LayoutName, nodeCount: number, edgeCount = 0): LayoutOptions {
  const draft = nodeCount > 1200 || nodeCount + edgeCount > DRAFT_ABOVE_ELEMENTS;
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
    quality: draft ? "draft" : "default",
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
    numIter: draft ? 1000 : 2500,
  } as LayoutOptions;
}

/** fcose tuned for the overview's few nodes in department groups: compact, so labels are readable when fitted. */
export const OVERVIEW_FCOSE = {
  idealEdgeLength: 40,
  nodeRepulsion: 3000,
  nodeSeparation: 30,
  gravity: 1.5,
  gravityCompound: 2,
  gravityRangeCompound: 1,
  nestingFactor: 0.1,
  tile: true,
} as const;
