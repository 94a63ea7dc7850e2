import { buildCsv } from "../../../lib/csv";
import type { DepartmentGroup } from "../../../lib/group-by-department";
import type { Translate } from "../../../lib/i18n";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";

export interface ImpactRow {
  depth: number;
  node: { id: string; name: string; kind: NodeKind };
  via: readonly { type: RelationType; evidence: string; section: string; inferred: boolean }[];
  /** Names from the root to this node. */
  chain: readonly string[];
}

/** The impact list as shown: grouped by department, one row per affected node. */
export function impactCsv(groups: readonly DepartmentGroup<ImpactRow>[], t: Translate, delimiter: string): string {
  const rows = groups.flatMap((g) =>
    g.items.map((item) => [
      g.department?.name ?? t("impact.noDepartment"),
      item.node.name,
      t(`kind.${item.node.kind}`),
      item.depth,
      item.chain.join(" → "),
      item.via.map((v) => t(`rel.${v.type}`)).join(" | "),
      item.via.map((v) => (v.inferred && !v.evidence ? `(${t("edge.inferred")})` : v.evidence)).join(" | "),
      item.via.map((v) => v.section).join(" | "),
      item.node.id,
    ]),
  );
  return buildCsv(
    [
      t("csv.department"),
      t("csv.name"),
      t("csv.kind"),
      t("csv.depth"),
      t("csv.chain"),
      t("csv.relation"),
      t("csv.evidence"),
      t("csv.section"),
      t("csv.id"),
    ],
    rows,
    delimiter,
  );
}
