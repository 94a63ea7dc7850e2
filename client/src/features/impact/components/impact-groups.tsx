import { Evidence } from "../../../components/evidence";
import { KindIcon } from "../../../components/kind-icon";
import { NodeLink } from "../../../components/node-link";
import type { DepartmentGroup } from "../../../lib/group-by-department";
import { useT } from "../../../lib/i18n";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";

interface Hop {
  id: string;
  type: RelationType;
  evidence: string;
  section: string;
  inferred: boolean;
  reason?: string | null;
  from: { id: string; name: string; kind: NodeKind };
  to: { id: string; name: string; kind: NodeKind };
}

export interface ImpactItem {
  depth: number;
  node: { id: string; name: string; kind: NodeKind };
  chain: readonly string[];
  chainEdges: readonly Hop[];
}

/** Affected nodes per department; each opens its chain of evidence from the root. */
export function ImpactGroups({ groups, onOpen }: { groups: readonly DepartmentGroup<ImpactItem>[]; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <div className="impact-groups" data-testid="impact-groups">
      {groups.map((g) => (
        <section key={g.department?.id ?? "none"} className="dept-group" aria-label={g.department?.name ?? t("impact.noDepartment")}>
          <h3>
            {g.department?.name ?? t("impact.noDepartment")} <span className="count">{g.items.length}</span>
          </h3>
          <ul>
            {g.items.map((item) => (
              <li key={item.node.id} className="impact-item">
                <div className="impact-item-head">
                  <NodeLink id={item.node.id} name={item.node.name} kind={item.node.kind} onOpen={onOpen} />
                  <span className="badge" title={t("impact.depthTitle")}>
                    {t("impact.depthBadge", { depth: item.depth })}
                  </span>
                </div>
                <details>
                  <summary>{item.chain.join(" → ")}</summary>
                  <ol className="chain">
                    {item.chainEdges.map((hop) => (
                      <li key={hop.id}>
                        <p className="hop">
                          <KindIcon kind={hop.from.kind} /> {hop.from.name} <em>{t(`rel.${hop.type}`)}</em> <KindIcon kind={hop.to.kind} />{" "}
                          {hop.to.name}
                        </p>
                        <Evidence evidence={hop.evidence} section={hop.section} inferred={hop.inferred} reason={hop.reason} />
                      </li>
                    ))}
                  </ol>
                </details>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
