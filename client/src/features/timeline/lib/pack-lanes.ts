export interface LaneItem {
  /** Left edge in px. */
  x: number;
  /** Width in px (label or date range, whichever is wider). */
  width: number;
}

/** Greedy interval packing: each item goes to the first lane where it does not overlap. */
export function packLanes(items: readonly LaneItem[], gap = 6): number[] {
  const laneEnds: number[] = [];
  const order = items.map((item, i) => ({ item, i })).sort((a, b) => a.item.x - b.item.x || a.i - b.i);
  const lanes = new Array<number>(items.length).fill(0);
  for (const { item, i } of order) {
    let lane = laneEnds.findIndex((end) => end + gap <= item.x);
    if (lane === -1) {
      lane = laneEnds.length;
      laneEnds.push(0);
    }
    laneEnds[lane] = item.x + item.width;
    lanes[i] = lane;
  }
  return lanes;
}

/** A label's rough width at 12px system-ui (the pill's padding included). */
export function labelWidth(text: string, max = 260): number {
  return Math.min(max, Math.round(text.length * 6.4 + 18));
}
