import type { HopDirection } from "../gql/graphql";
import { displayName } from "../lib/display-name";
import { useLang, useT } from "../lib/i18n";
import { edgePhrase } from "../lib/relation-text";
import type { NodeKind, RelationType } from "../lib/vocabulary";
import { IconName } from "./icon-name";
import { InlineNodeLink } from "./inline-node-link";

export interface HopEnd {
  id: string;
  name: string;
  kind: NodeKind;
  /** A goal's letter, to name it "E. Digitaliseringsstrategi". */
  letter?: string | null;
}

export interface HopEdge {
  type: RelationType;
  from: HopEnd;
  to: HopEnd;
}

interface Props {
  edge: HopEdge;
  /** How the walk (impact, path) runs against the edge; left out where there is no walk. */
  direction?: HopDirection;
  /** The end the walk leaves from (needed to name the ends of a symmetric hop). */
  walkFromId?: string;
  /** Whether a slip of the walk's `from` hits its `to` along this edge. */
  carriesSlip?: boolean;
  onOpen?: (id: string) => void;
}

/** Where the walk goes, drawn over the sentence: → from subject to object, ← back, ↔ either way. */
const GLYPH: Record<HopDirection, string> = { ALONG: "→", AGAINST: "←", SYMMETRIC: "↔" };

function End({ node, onOpen }: { node: HopEnd; onOpen?: (id: string) => void }) {
  const name = displayName(node);
  if (onOpen) return <InlineNodeLink id={node.id} name={name} kind={node.kind} onOpen={onOpen} />;
  return (
    <span className="hop-end">
      <IconName kind={node.kind} name={name} />
    </span>
  );
}

/**
 * One edge as a sentence in its own direction, with the table's verb ("E. Digitaliseringsstrategi
 * bruger systemet Focus.IT"); with a walk, an arrow says which way the walk runs over it and a
 * badge whether a slip travels that way.
 */
export function HopLine({ edge, direction, walkFromId, carriesSlip, onOpen }: Props) {
  const t = useT();
  const lang = useLang();
  const walkFrom =
    walkFromId !== undefined
      ? edge.from.id === walkFromId
        ? edge.from
        : edge.to
      : direction === "AGAINST"
        ? edge.to
        : edge.from;
  const walkTo = walkFrom === edge.from ? edge.to : edge.from;
  const ends = { from: displayName(walkFrom), to: displayName(walkTo) };
  const dirText = direction ? t(`hop.dir.${direction}`, ends) : "";
  return (
    <p
      className="hop"
      data-direction={direction}
      data-slip={carriesSlip === undefined ? undefined : String(carriesSlip)}
    >
      {direction && (
        <span className={`hop-dir hop-dir-${direction.toLowerCase()}`} title={dirText}>
          <span aria-hidden="true">{GLYPH[direction]}</span>
          <span className="visually-hidden">{dirText}</span>
        </span>
      )}
      <span className="hop-sentence">
        <End node={edge.from} onOpen={onOpen} /> <em>{edgePhrase(edge.type, lang, "from")}</em>{" "}
        <End node={edge.to} onOpen={onOpen} />
      </span>
      {carriesSlip !== undefined && <span className="hop-break" aria-hidden="true" />}
      {carriesSlip !== undefined && (
        <span
          className={carriesSlip ? "badge badge-slip" : "badge badge-no-slip"}
          title={t(carriesSlip ? "hop.slipHelp" : "hop.noSlipHelp", ends)}
        >
          {t(carriesSlip ? "hop.slip" : "hop.noSlip")}
        </span>
      )}
    </p>
  );
}
