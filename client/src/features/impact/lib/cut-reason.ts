import type { Translate } from "../../../lib/i18n/translate";

export type Cut = {
  nodesBeyondDepth: number;
  beyondIsLowerBound: boolean;
  nodesWithinDepth: number;
  nodeLimit?: number | null;
};

/** The server's cut in the reader's language, from its numbers. */
export function cutReason(impact: { direction: string; maxDepth: number; cut: Cut }, t: Translate): string {
  const { cut } = impact;
  const parts: string[] = [];
  if (cut.nodesBeyondDepth > 0) {
    const count = cut.beyondIsLowerBound
      ? t("impact.cut.atLeast", { count: cut.nodesBeyondDepth })
      : String(cut.nodesBeyondDepth);
    parts.push(
      t(impact.direction === "UPSTREAM" ? "impact.cut.beyond.UPSTREAM" : "impact.cut.beyond.DOWNSTREAM", {
        depth: impact.maxDepth,
        count,
      }),
    );
  }
  if (cut.nodeLimit) parts.push(t("impact.cut.nodeLimit", { limit: cut.nodeLimit, within: cut.nodesWithinDepth }));
  return parts.length ? parts.join("; ") : t("impact.truncatedUnknown");
}
