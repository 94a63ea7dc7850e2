/** Which node kinds each curated relationship may join (graph/model.ts, REL_TYPES comments). */
import type { NodeKind } from "../../graph/model.js";
import type { CuratedEdgeType } from "./schema.js";

export const EDGE_ENDPOINTS: Record<CuratedEdgeType, { from: readonly NodeKind[]; to: readonly NodeKind[] }> = {
  DEPENDS_ON: { from: ["Goal", "Initiative"], to: ["Goal", "Initiative", "Department"] },
  USES: { from: ["Goal", "Initiative", "Department", "StatusItem"], to: ["System"] },
  PART_OF: { from: ["System"], to: ["System"] },
  REPLACES: { from: ["System"], to: ["System"] },
  INVOLVES: { from: ["Goal", "Initiative"], to: ["Organisation", "Department"] },
  HAS_MILESTONE: { from: ["Goal", "Initiative"], to: ["Milestone"] },
  ADVANCES: { from: ["Goal", "Initiative"], to: ["Theme"] },
};
