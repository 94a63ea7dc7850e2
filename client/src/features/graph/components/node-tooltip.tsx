import type { Core } from "cytoscape";
import { useT } from "../../../lib/i18n";
import { isNodeKind } from "../../../lib/vocabulary";
import { useNodeSummary } from "../api/node-summary";

interface Props {
  cy: Core;
  id: string;
  departments: ReadonlyMap<string, string>;
}

/** Name, kind, department and the two dependents numbers of the node pointed at or focused. */
export function NodeTooltip({ cy, id, departments }: Props) {
  const t = useT();
  const node = cy.getElementById(id);
  const { data } = useNodeSummary(node.nonempty() ? id : null);
  if (node.empty() || !node.isNode() || node.isParent()) return null;
  const kind = String(node.data("kind"));
  const department = departments.get(String(node.data("departmentId") ?? ""));
  const p = node.renderedPosition();
  const half = node.renderedOuterHeight() / 2;
  const below = p.y < cy.height() / 2;
  const left = Math.max(8, Math.min(p.x, cy.width() - 8));
  const counts = data?.node?.dependentCount;
  return (
    <div
      className={`node-tooltip${below ? " below" : " above"}`}
      role="tooltip"
      id="graph-node-tooltip"
      data-testid="node-tooltip"
      style={{ left, top: below ? p.y + half + 10 : p.y - half - 10 }}
    >
      <strong>{String(node.data("name"))}</strong>
      <span>
        {isNodeKind(kind) ? t(`kind.${kind}`) : kind}
        {department && kind !== "DEPARTMENT" ? ` · ${department}` : ""}
      </span>
      <span data-testid="tooltip-dependents">
        {counts ? t("graph.tooltipDependents", { direct: counts.direct, all: counts.all }) : t("state.loading")}
      </span>
    </div>
  );
}
