import { KIND_STYLES } from "../lib/kind-style";
import type { NodeKind } from "../lib/vocabulary";

/** The node's shape in the graph, small, for lists and the legend. */
export function KindIcon({ kind, color }: { kind: NodeKind; color?: string }) {
  const style = KIND_STYLES[kind];
  const fill = color ?? style.neutral;
  return (
    <svg className="kind-icon" viewBox="0 0 20 20" width="14" height="14" aria-hidden="true" focusable="false">
      {style.points ? (
        <polygon points={style.points} fill={fill} />
      ) : (
        <ellipse cx="10" cy="10" rx="8" ry="8" fill={fill} />
      )}
    </svg>
  );
}
