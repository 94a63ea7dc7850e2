import { EdgeHop } from "../../../components/edge-hop";
import type { DetailsEdgeFragment } from "../../../gql/graphql";
import { useLang, useT } from "../../../lib/i18n";
import { edgePhrase } from "../../../lib/relation-text";
import { groupEdgesByReading } from "../lib/group-edges";

interface Props {
  title: string;
  /** The node whose edges these are: each edge reads from it. */
  nodeId: string;
  edges: readonly DetailsEdgeFragment[];
  empty: string;
  onOpen: (id: string) => void;
}

/**
 * Neighbours through one direction of dependency, grouped by how the edge reads from this node:
 * the table's verb from the edge's own start ("bruger systemet"), its inverse from the far end
 * ("bruges af"); each with the plan's evidence and, when it crosses departments, what it rests on.
 */
export function EdgeList({ title, nodeId, edges, empty, onOpen }: Props) {
  const t = useT();
  const lang = useLang();
  return (
    <section className="edge-list" aria-label={title}>
      <h3>
        {title} <span className="count">{t("details.relationCount", { count: edges.length })}</span>
      </h3>
      {edges.length === 0 && <p className="muted">{empty}</p>}
      {groupEdgesByReading(edges, nodeId).map((group) => (
        <div key={`${group.type}-${group.end}`} className="edge-group" data-type={group.type} data-end={group.end}>
          <h4>{edgePhrase(group.type, lang, group.end)}</h4>
          <ul>
            {group.edges.map((edge) => (
              <li key={edge.id} className={edge.inferred ? "edge-item inferred" : "edge-item"}>
                <EdgeHop edge={edge} readFrom={nodeId} onOpen={onOpen} />
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
