import { DepartmentSection } from "../../../components/department-section";
import { EdgeHop } from "../../../components/edge-hop";
import { NodeLink } from "../../../components/node-link";
import type { ImpactQuery } from "../../../gql/graphql";
import type { DepartmentGroup } from "../../../lib/group-by-department";
import { useT } from "../../../lib/i18n";
import type { NodeKind } from "../../../lib/vocabulary";
import { farEnd, isHub, walkDirection } from "../lib/hop-walk";

/** A hop as the impact query returns it: what the walk reads, and the EdgeHop it draws. */
export type Hop = ImpactQuery["impact"]["nodes"][number]["via"][number];

export interface ImpactItem {
  depth: number;
  node: { id: string; name: string; kind: NodeKind };
  /** The edges that reach the node at its depth, each from a node one step nearer the root. */
  via: readonly Hop[];
  chain: readonly string[];
  /** The chain from the root, each hop with the id of the node the walk leaves. */
  chainSteps: readonly { hop: Hop; walkFromId: string }[];
}

interface Props {
  groups: readonly DepartmentGroup<ImpactItem>[];
  onOpen: (id: string) => void;
}

/**
 * Affected nodes per department. Each says how it is reached, hop by hop as sentences with the
 * table's verbs and an arrow for the way the walk (from the root) runs over each edge; hubs are marked as hit but going no
 * further, and nodes reached only by inferred edges as inferred. The chain of evidence opens below.
 */
export function ImpactGroups({ groups, onOpen }: Props) {
  const t = useT();
  return (
    <div className="impact-groups" data-testid="impact-groups">
      {groups.map((g) => (
        <DepartmentSection key={g.department?.id ?? "none"} department={g.department} count={g.items.length}>
          <ul>
            {g.items.map((item) => {
              const inferred = item.via.length > 0 && item.via.every((v) => v.inferred);
              const hub = isHub(item.node);
              return (
                <li
                  key={item.node.id}
                  className={inferred ? "impact-item inferred" : "impact-item"}
                  data-node-id={item.node.id}
                >
                  <div className="impact-item-head">
                    <NodeLink id={item.node.id} name={item.node.name} kind={item.node.kind} onOpen={onOpen} />
                    <span className="badge" title={t("impact.depthTitle")}>
                      {t("impact.depthBadge", { depth: item.depth })}
                    </span>
                    {inferred && (
                      <span
                        className="badge badge-inferred"
                        title={t("impact.inferredHelp")}
                        data-testid="impact-inferred"
                      >
                        {t("edge.inferred")}
                      </span>
                    )}
                    {hub && (
                      <span className="badge badge-hub" title={t("impact.hubHelp")} data-testid="impact-hub">
                        {t("impact.hub")}
                      </span>
                    )}
                  </div>
                  <div className="impact-via" aria-label={t("impact.via")}>
                    {item.via.map((hop) => {
                      const walkFromId = farEnd(hop, item.node.id);
                      return (
                        <EdgeHop
                          key={hop.id}
                          edge={hop}
                          direction={walkDirection(hop, walkFromId)}
                          walkFromId={walkFromId}
                          evidence={false}
                        />
                      );
                    })}
                  </div>
                  <details>
                    <summary>{item.chain.join(" → ")}</summary>
                    <ol className="chain">
                      {item.chainSteps.map(({ hop, walkFromId }) => (
                        <li key={hop.id}>
                          <EdgeHop edge={hop} direction={walkDirection(hop, walkFromId)} walkFromId={walkFromId} />
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              );
            })}
          </ul>
        </DepartmentSection>
      ))}
    </div>
  );
}
