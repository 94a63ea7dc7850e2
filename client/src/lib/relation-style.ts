import { RELATION_INFO } from "../gql/relations";
import type { RelationType } from "./vocabulary";

export interface RelationStyle {
  color: string;
  width: number;
  /** Dashed is kept for inferred edges, so no type draws dashed on its own. */
  line: "solid" | "dotted";
  arrow: "triangle" | "diamond" | "tee" | "vee";
  /** A symmetric relation (the table says so) draws a head at both ends. */
  bothHeads: boolean;
}

type OwnStyle = Omit<RelationStyle, "bothHeads">;

/** Dependency-like relations are strong and coloured; structural ones are thin and grey; history is dotted. */
const OWN: Record<RelationType, OwnStyle> = {
  DEPENDS_ON: { color: "#c2410c", width: 2.6, line: "solid", arrow: "triangle" },
  USES: { color: "#1d4ed8", width: 2, line: "solid", arrow: "triangle" },
  TAKES_DATA_FROM: { color: "#0f766e", width: 2, line: "solid", arrow: "triangle" },
  INVOLVES: { color: "#7c3aed", width: 1.8, line: "solid", arrow: "vee" },
  COORDINATES_WITH: { color: "#c026d3", width: 2.2, line: "solid", arrow: "triangle" },
  PART_OF: { color: "#334155", width: 1.8, line: "solid", arrow: "diamond" },
  RESPONSIBLE_FOR: { color: "#4b5563", width: 1, line: "solid", arrow: "vee" },
  REPLACES: { color: "#a16207", width: 1.8, line: "dotted", arrow: "tee" },
  CONTINUES_AS: { color: "#9aa5b1", width: 1.4, line: "dotted", arrow: "triangle" },
  HAS_MILESTONE: { color: "#d97706", width: 1.6, line: "solid", arrow: "triangle" },
  FOLLOWS: { color: "#b45309", width: 1.4, line: "solid", arrow: "vee" },
  ADVANCES: { color: "#15803d", width: 1.4, line: "solid", arrow: "triangle" },
  HAS_INITIATIVE: { color: "#a3acb9", width: 1.2, line: "solid", arrow: "triangle" },
  OWNS: { color: "#a3acb9", width: 1.2, line: "solid", arrow: "triangle" },
  HAS_UNIT: { color: "#a3acb9", width: 1.2, line: "solid", arrow: "vee" },
  HAS_STATUS: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
  HAS_THEME: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
  HAS_DEPARTMENT: { color: "#cbd2d9", width: 1, line: "solid", arrow: "triangle" },
};

export const RELATION_STYLES: Record<RelationType, RelationStyle> = Object.fromEntries(
  (Object.keys(OWN) as RelationType[]).map((type) => [
    type,
    { ...OWN[type], bothHeads: RELATION_INFO[type].symmetric },
  ]),
) as Record<RelationType, RelationStyle>;
