import { RELATION_STYLES } from "../../../lib/relation-style";
import type { RelationType } from "../../../lib/vocabulary";

/** A short line in the relation's colour and style, for the legend; a head at both ends when symmetric. */
export function RelationSample({ type, inferred = false }: { type: RelationType; inferred?: boolean }) {
  const s = RELATION_STYLES[type];
  const dash = inferred ? "5 3" : s.line === "dotted" ? "2 2" : undefined;
  return (
    <svg className="relation-sample" viewBox="0 0 28 10" width="28" height="10" aria-hidden="true" focusable="false">
      <line
        x1={s.bothHeads ? 6 : 1}
        y1="5"
        x2="22"
        y2="5"
        stroke={s.color}
        strokeWidth={Math.max(1.5, s.width)}
        strokeDasharray={dash}
      />
      <polygon points="21,1 27,5 21,9" fill={s.color} />
      {s.bothHeads && <polygon points="7,1 1,5 7,9" fill={s.color} />}
    </svg>
  );
}
