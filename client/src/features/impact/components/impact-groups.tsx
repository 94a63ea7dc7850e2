import { Evidence } from "../../../components/evidence";
import { HopLine, type HopEnd } from "../../../components/hop-line";
import { NodeLink } from "../../../components/node-link";
import type { DepartmentGroup } from "../../../lib/group-by-department";
import { useT } from "../../../lib/i18n";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";
import { farEnd, isHub, walkDirection } from "../lib/hop-walk";

export interface Hop {
  id: string;
  type: RelationType;
  evidence: string;
  section: string;
  inferred: boolean;
  reason?: string | null;
  from: HopEnd;
  to: HopEnd;
}

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
        <section
          key={g.department?.id ?? "none"}
          className="dept-group"
          aria-label={g.department?.name ?? t("impact.noDepartment")}
        >
          <h3>
            {g.department?.name ?? t("impact.noDepartment")} <span className="count">{g.items.length}</span>
          </h3>
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
                        <HopLine
                          key={hop.id}
                          edge={hop}
                          direction={walkDirection(hop, walkFromId)}
                          walkFromId={walkFromId}
                        />
                      );
                    })}
                  </div>
                  <details>
                    <summary>{item.chain.join(" → ")}</summary>
                    <ol className="chain">
                      {item.chainSteps.map(({ hop, walkFromId }) => (
                        <li key={hop.id}>
                          <HopLine edge={hop} direction={walkDirection(hop, walkFromId)} walkFromId={walkFromId} />
                          <Evidence
                            evidence={hop.evidence}
                            section={hop.section}
                            inferred={hop.inferred}
                            reason={hop.reason}
                          />
                        </li>
                      ))}
                    </ol>
                  </details>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
