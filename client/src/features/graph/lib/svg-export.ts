import { KIND_STYLES } from "../../../lib/kind-style";
import type { NodeKind } from "../../../lib/vocabulary";

export interface SnapshotNode {
  id: string;
  kind: NodeKind;
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  label: string;
  faded: boolean;
  emphasis: boolean;
}

export interface SnapshotEdge {
  id: string;
  points: { x: number; y: number }[];
  /** points are [source, control, target] of a quadratic curve. */
  curved: boolean;
  color: string;
  width: number;
  dashed: boolean;
  dotted: boolean;
  faded: boolean;
  /** A head at the source end too (symmetric relations). */
  bothHeads?: boolean;
}

export interface GraphSnapshot {
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
}

const PAD = 40;
const FONT = 11;
const LINE = 13;

export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Greedy word wrap, like the canvas label (about 120px at 11px). */
export function wrapLabel(label: string, maxChars = 20): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function nodeShape(n: SnapshotNode): string {
  const style = KIND_STYLES[n.kind];
  const common = `fill="${escapeXml(n.color)}" stroke="${n.emphasis ? "#111827" : "#ffffff"}" stroke-width="${n.emphasis ? 4 : 1.5}"`;
  if (!style.points)
    return `<ellipse cx="${r(n.x)}" cy="${r(n.y)}" rx="${r(n.width / 2)}" ry="${r(n.height / 2)}" ${common}/>`;
  const pts = style.points
    .split(" ")
    .map((p) => {
      const [px, py] = p.split(",").map(Number);
      return `${r(n.x + (((px ?? 10) - 10) / 20) * n.width)},${r(n.y + (((py ?? 10) - 10) / 20) * n.height)}`;
    })
    .join(" ");
  return `<polygon points="${pts}" ${common}/>`;
}

const r = (v: number) => Math.round(v * 10) / 10;

/** A standalone SVG of the drawn graph (positions from the model, no rasterising). */
export function buildSvg(snapshot: GraphSnapshot, title: string): string {
  const xs = snapshot.nodes.flatMap((n) => [n.x - n.width / 2 - 60, n.x + n.width / 2 + 60]);
  const ys = snapshot.nodes.flatMap((n) => [n.y - n.height / 2, n.y + n.height / 2 + 4 * LINE]);
  const minX = Math.min(0, ...xs) - PAD;
  const minY = Math.min(0, ...ys) - PAD;
  const width = Math.max(1, ...xs) - minX + PAD;
  const height = Math.max(1, ...ys) - minY + PAD;
  const edges = snapshot.edges.map((e) => {
    const [first, ...rest] = e.points;
    if (!first) return "";
    const [c, t] = rest;
    const d =
      e.curved && c && t && rest.length === 2
        ? `M${r(first.x)},${r(first.y)} Q${r(c.x)},${r(c.y)} ${r(t.x)},${r(t.y)}`
        : `M${r(first.x)},${r(first.y)} ${rest.map((p) => `L${r(p.x)},${r(p.y)}`).join(" ")}`;
    const dash = e.dashed ? ` stroke-dasharray="6 4"` : e.dotted ? ` stroke-dasharray="2 3"` : "";
    const opacity = e.faded ? 0.1 : 0.85;
    return `<path id="${escapeXml(e.id)}" d="${d}" fill="none" stroke="${escapeXml(e.color)}" stroke-width="${e.width}"${dash} opacity="${opacity}"${e.bothHeads ? ` marker-start="url(#arrow)"` : ""} marker-end="url(#arrow)"/>`;
  });
  const nodes = snapshot.nodes.map((n) => {
    const lines = wrapLabel(n.label);
    const top = n.y + n.height / 2 + FONT + 2;
    const text = lines.map((l, i) => `<tspan x="${r(n.x)}" y="${r(top + i * LINE)}">${escapeXml(l)}</tspan>`).join("");
    return `<g id="${escapeXml(n.id)}" opacity="${n.faded ? 0.15 : 1}">${nodeShape(n)}<text text-anchor="middle" font-size="${FONT}" paint-order="stroke" stroke="#ffffff" stroke-width="3" fill="#1f2933">${text}</text></g>`;
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${r(minX)} ${r(minY)} ${r(width)} ${r(height)}" width="${Math.ceil(width)}" height="${Math.ceil(height)}" font-family="system-ui, 'Segoe UI', Roboto, sans-serif">`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#64748b"/></marker></defs>`,
    `<rect x="${r(minX)}" y="${r(minY)}" width="${r(width)}" height="${r(height)}" fill="#ffffff"/>`,
    `<g class="edges">${edges.join("")}</g>`,
    `<g class="nodes">${nodes.join("")}</g>`,
    `</svg>`,
  ].join("\n");
}
