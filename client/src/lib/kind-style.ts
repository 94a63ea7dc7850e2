import type { NodeKind } from "./vocabulary";

export interface KindStyle {
  /** Cytoscape node shape. */
  shape: string;
  size: number;
  /** Fill when the node has no department (systems, organisations, ...). */
  neutral: string;
  /** The same shape as an SVG polygon in a 0..20 box (legend, icons, SVG export); null = ellipse. */
  points: string | null;
}

export const KIND_STYLES: Record<NodeKind, KindStyle> = {
  PLAN: { shape: "round-octagon", size: 44, neutral: "#334155", points: "6,1 14,1 19,6 19,14 14,19 6,19 1,14 1,6" },
  DEPARTMENT: { shape: "round-rectangle", size: 44, neutral: "#334155", points: "1,4 19,4 19,16 1,16" },
  GOAL: { shape: "hexagon", size: 34, neutral: "#64748b", points: "5,2 15,2 19,10 15,18 5,18 1,10" },
  INITIATIVE: { shape: "ellipse", size: 20, neutral: "#94a3b8", points: null },
  SYSTEM: { shape: "tag", size: 30, neutral: "#1e293b", points: "1,4 14,4 19,10 14,16 1,16" },
  ORGANISATION: { shape: "diamond", size: 30, neutral: "#6b7280", points: "10,1 19,10 10,19 1,10" },
  MILESTONE: {
    shape: "star",
    size: 30,
    neutral: "#b45309",
    points: "10,1 12.4,7 19,7.3 13.9,11.4 15.6,18 10,14.3 4.4,18 6.1,11.4 1,7.3 7.6,7",
  },
  THEME: { shape: "octagon", size: 28, neutral: "#0f766e", points: "7,1 13,1 19,7 19,13 13,19 7,19 1,13 1,7" },
  STATUS_ITEM: { shape: "triangle", size: 18, neutral: "#a8a29e", points: "10,2 19,18 1,18" },
};
