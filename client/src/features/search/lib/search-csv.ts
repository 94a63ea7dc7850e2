import { buildCsv } from "../../../lib/csv";
import type { Translate } from "../../../lib/i18n";
import type { NodeKind } from "../../../lib/vocabulary";

export interface SearchRow {
  score: number;
  field: string;
  /** The matching text in parts; the CSV keeps the text without marks. */
  snippetParts: readonly { text: string; match: boolean }[];
  node: { id: string; name: string; kind: NodeKind; department?: { name: string } | null };
}

/** The search hits as shown, one row each. */
export function searchCsv(hits: readonly SearchRow[], t: Translate, delimiter: string): string {
  return buildCsv(
    [t("csv.name"), t("csv.kind"), t("csv.department"), t("csv.field"), t("csv.snippet"), t("csv.score"), t("csv.id")],
    hits.map((h) => [
      h.node.name,
      t(`kind.${h.node.kind}`),
      h.node.department?.name ?? "",
      h.field,
      h.snippetParts.map((p) => p.text).join(""),
      Math.round(h.score * 1000) / 1000,
      h.node.id,
    ]),
    delimiter,
  );
}
