import { Evidence } from "../../../components/evidence";
import { HopLine } from "../../../components/hop-line";
import type { SystemEdgeFragment } from "../../../gql/graphql";

/** Edges as sentences with the table's verbs, each with the plan's evidence. */
export function EdgeItems({ edges, onOpen }: { edges: readonly SystemEdgeFragment[]; onOpen: (id: string) => void }) {
  return (
    <ul className="dep-list">
      {edges.map((e) => (
        <li key={e.id} className={e.inferred ? "edge-item inferred" : "edge-item"}>
          <HopLine edge={e} onOpen={onOpen} />
          <Evidence evidence={e.evidence} section={e.section} inferred={e.inferred} reason={e.reason} />
        </li>
      ))}
    </ul>
  );
}
