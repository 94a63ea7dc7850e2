import { buildCsv } from "../../../lib/csv";
import type { Translate } from "../../../lib/i18n/translate";
import { isNodeKind } from "../../../lib/vocabulary";

export interface KeyNodeRow {
  node: { id: string; name: string; kind: string; department?: { name: string } | null };
  dependents: number;
  directDependents: number;
  betweenness: number;
  departments: number;
}

/** The key-node list as CSV, in rank order, headed in the UI language. */
export function keyNodesCsv(rows: readonly KeyNodeRow[], t: Translate, delimiter: string): string {
  const header = [
    "keyNodes.rank",
    "keyNodes.node",
    "keyNodes.kind",
    "keyNodes.department",
    "count.all",
    "count.direct",
    "count.departments",
    "keyNodes.betweenness",
    "keyNodes.id",
  ] as const;
  return buildCsv(
    header.map((key) => t(key)),
    rows.map((row, i) => [
      i + 1,
      row.node.name,
      isNodeKind(row.node.kind) ? t(`kind.${row.node.kind}`) : row.node.kind,
      row.node.department?.name ?? "",
      row.dependents,
      row.directDependents,
      row.departments,
      Math.round(row.betweenness * 10) / 10,
      row.node.id,
    ]),
    delimiter,
  );
}
