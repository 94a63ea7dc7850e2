import { graphql, getFragmentData, type FragmentType } from "../gql";
import type { HopDirection } from "../gql/graphql";
import { useT } from "../lib/i18n";
import { otherEnd } from "../lib/relation-text";
import { BasisBadge } from "./basis-badge";
import { Evidence } from "./evidence";
import { HopLine } from "./hop-line";
import { NodeLink } from "./node-link";

/** What one hop shows: the edge as a sentence (or its far end), what it rests on, and the plan's words. */
export const edgeHopFragment = graphql(`
  fragment EdgeHop on Dependency {
    id
    type
    evidence
    section
    inferred
    reason
    crossDepartment
    basis
    viaSystem {
      id
      name
    }
    from {
      ...NodeRef @unmask
    }
    to {
      ...NodeRef @unmask
    }
  }
`);

export type EdgeHopRef = FragmentType<typeof edgeHopFragment>;

interface Props {
  edge: EdgeHopRef;
  /**
   * Read the edge from this node (a node's own list of edges): the far end as a link with its
   * department, the cross-department mark and basis, instead of the whole sentence.
   */
  readFrom?: string;
  /** How the walk (impact, path) runs against the edge; left out where there is no walk. */
  direction?: HopDirection;
  /** The end the walk leaves from (needed to name the ends of a symmetric hop). */
  walkFromId?: string;
  /** Whether a slip of the walk's `from` hits its `to` along this edge. */
  carriesSlip?: boolean;
  /** Show what the cross-department edge rests on (stated, via a system, inferred) next to the sentence. */
  basis?: boolean;
  /** Show the plan's evidence under the sentence (default); off where only the way is shown. */
  evidence?: boolean;
  onOpen?: (id: string) => void;
}

/**
 * One dependency wherever the explorer shows one (impact, path, systems, matrix, details): the
 * same sentence with the table's verb, the same badges and the same evidence block.
 */
export function EdgeHop({
  edge: ref,
  readFrom,
  direction,
  walkFromId,
  carriesSlip,
  basis,
  evidence = true,
  onOpen,
}: Props) {
  const t = useT();
  const edge = getFragmentData(edgeHopFragment, ref);
  const rests = Boolean(readFrom !== undefined ? edge.crossDepartment : basis);
  let head;
  if (readFrom !== undefined) {
    const other = otherEnd(edge, readFrom);
    head = (
      <div className="edge-item-head">
        {onOpen && <NodeLink id={other.id} name={other.name} kind={other.kind} onOpen={onOpen} />}
        {other.department && <span className="muted"> · {other.department.name}</span>}
        {edge.crossDepartment && <span className="badge badge-cross">{t("edge.cross")}</span>}
        {rests && <BasisBadge basis={edge.basis} viaSystem={edge.viaSystem} />}
      </div>
    );
  } else {
    const line = (
      <HopLine edge={edge} direction={direction} walkFromId={walkFromId} carriesSlip={carriesSlip} onOpen={onOpen} />
    );
    head = rests ? (
      <div className="edge-item-head">
        {line}
        <BasisBadge basis={edge.basis} viaSystem={edge.viaSystem} />
      </div>
    ) : (
      line
    );
  }
  return (
    <>
      {head}
      {evidence && (
        <Evidence
          evidence={edge.evidence}
          section={edge.section}
          inferred={edge.inferred}
          reason={edge.reason}
          inferredBadge={!rests}
        />
      )}
    </>
  );
}
