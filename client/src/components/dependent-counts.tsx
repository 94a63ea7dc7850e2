import { useT } from "../lib/i18n";

interface Props {
  /** Direct dependents: nodes one edge away that a slip hits (`dependentCount.direct`). */
  direct: number;
  /** All dependents, transitively to depth 10 (`dependentCount.all`). */
  all: number;
  /** Distinct owning departments among all dependents; left out when not given. */
  departments?: number;
  compact?: boolean;
}

/**
 * The two defined dependents numbers, the same in every view, each with its label and its
 * definition as a tooltip, so that nobody reads another number as "dependents".
 */
export function DependentCounts({ direct, all, departments, compact = false }: Props) {
  const t = useT();
  const items = [
    { key: "direct", label: t("count.direct"), help: t("count.directHelp"), value: direct },
    { key: "all", label: t("count.all"), help: t("count.allHelp"), value: all },
    ...(departments === undefined
      ? []
      : [{ key: "departments", label: t("count.departments"), help: t("count.departmentsHelp"), value: departments }]),
  ];
  return (
    <dl className={compact ? "dependent-counts compact" : "dependent-counts"} data-testid="dependent-counts">
      {items.map((item) => (
        <div key={item.key} title={item.help} data-count={item.key}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
