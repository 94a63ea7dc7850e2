import type { RelationType } from "./vocabulary";

export interface RelationStyle {
  color: string;
  width: number;
  line: "solid" | "dotted";
  arrow: "triangle" | "diamond" | "tee" | "vee";
}

/** Dependency-like relations are strong and coloured; structural ones are thin and grey. */
export const RELATION_STYLES: Record<RelationType, RelationStyle> = {
  DEPENDS_ON: { color: "#c2410c", width: 2.6, line: "solid", arrow: "triangle" },
  USES: { color: "#1d4ed8", width: 2, line: "solid", arrow: "triangle" },
  INVOLVES: { color: "#7c3aed", width: 1.8, line: "solid", arrow: "vee" },
  PART_OF: { color: "#334155", width: 1.8, line: "solid", arrow: "diamond" },
  REPLACES: { color: "#a16207", width: 1.8, line: "dotted", arrow: "tee" },
  HAS_MILESTONE: { color: "#d97706", width: 1.6, line: "solid", arrow: "triangle" },
  ADVANCES: { color: "#15803d", width: 1.4, line: "solid", arrow: "triangle" },
  HAS_INITIATIVE: { color: "#a3acb9", width: 1.2, line: "solid", arrow: "triangle" },
  OWNS: { color: "#a3acb9", width: 1.2, line: "solid", arrow: "triangle" },
  HAS_STATUS: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
  HAS_THEME: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
  HAS_DEPARTMENT: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
};
