import { useT } from "../lib/i18n";

export type CountKey = "direct" | "all" | "departments";

/**
 * Column headers for the defined dependents numbers, in the order given, each with its
 * definition as a tooltip: the same words in every table.
 */
export function CountHeaders({ counts }: { counts: readonly CountKey[] }) {
  const t = useT();
  return (
    <>
      {counts.map((key) => (
        <th key={key} scope="col" className="num" title={t(`count.${key}Help`)}>
          {t(`count.${key}`)}
        </th>
      ))}
    </>
  );
}
