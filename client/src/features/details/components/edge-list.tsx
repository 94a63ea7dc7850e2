import { Evidence } from "../../../components/evidence";
import { NodeLink } from "../../../components/node-link";
import type { DetailsEdgeFragment } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import { groupEdgesByType } from "../lib/group-edges";

interface Props {
  title: string;
  edges: readonly DetailsEdgeFragment[];
  /** Which end of each edge is the neighbour. */
  end: "from" | "to";
  empty: string;
  onOpen: (id: string) => void;
}

/** Neighbours through one direction of edges, each with the plan's evidence. */
export function EdgeList({ title, edges, end, empty, onOpen }: Props) {
  const t = useT();
  return (
    <section className="edge-list" aria-label={title}>
      <h3>
        {title} <span className="count">{edges.length}</span>
      </h3>
      {edges.length === 0 && <p className="muted">{empty}</p>}
      {groupEdgesByType(edges).map((group) => (
        <div key={group.type} className="edge-group">
          <h4>{t(`rel.${group.type}`)}</h4>
          <ul>
            {group.edges.map((edge) => {
              const other = edge[end];
              return (
                <li key={edge.id} className={edge.inferred ? "edge-item inferred" : "edge-item"}>
                  <div className="edge-item-head">
                    <NodeLink id={other.id} name={other.name} kind={other.kind} onOpen={onOpen} />
                    {other.department && <span className="muted"> · {other.department.name}</span>}
                    {edge.crossDepartment && <span className="badge badge-cross">{t("edge.cross")}</span>}
                  </div>
                  <Evidence evidence={edge.evidence} section={edge.section} inferred={edge.inferred} reason={edge.reason} />
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}
