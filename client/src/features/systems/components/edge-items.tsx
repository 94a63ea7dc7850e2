import { EdgeHop } from "../../../components/edge-hop";
import type { SystemLinksQuery } from "../../../gql/graphql";

type SystemEdge = SystemLinksQuery["systemLinks"]["otherEdges"][number];

/** Edges as sentences with the table's verbs, each with the plan's evidence. */
export function EdgeItems({ edges, onOpen }: { edges: readonly SystemEdge[]; onOpen: (id: string) => void }) {
  return (
    <ul className="dep-list">
      {edges.map((e) => (
        <li key={e.id} className={e.inferred ? "edge-item inferred" : "edge-item"}>
          <EdgeHop edge={e} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}
