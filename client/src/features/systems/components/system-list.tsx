import { useMemo } from "react";
import { CountHeaders } from "../../../components/count-headers";
import { KindIcon } from "../../../components/kind-icon";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useSystemList } from "../api/systems";
import { sortSystems } from "../lib/sort-systems";

/** The systems and projects to choose from, each with its responsible department and the two dependents numbers. */
export function SystemList({ selected, onPick }: { selected: string | null; onPick: (id: string) => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useSystemList();
  const systems = useMemo(() => sortSystems(data?.systems ?? []), [data]);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return <Loading />;
  if (systems.length === 0) return <Empty>{t("systems.empty")}</Empty>;
  return (
    <table className="data-table system-table" aria-label={t("systems.listLabel")}>
      <caption className="visually-hidden">{t("systems.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("systems.system")}</th>
          <th scope="col">{t("systems.owner")}</th>
          <CountHeaders counts={["direct", "all"]} />
        </tr>
      </thead>
      <tbody>
        {systems.map((s) => (
          <tr
            key={s.id}
            className={[s.module ? "module" : "", selected === s.id ? "active" : ""].join(" ").trim() || undefined}
            data-system={s.id}
          >
            <th scope="row">
              <button
                type="button"
                className="pick-button"
                aria-pressed={selected === s.id}
                onClick={() => onPick(s.id)}
                style={s.depth > 0 ? { paddingLeft: `${0.6 + 1.1 * s.depth}rem` } : undefined}
              >
                <KindIcon kind={s.kind} />
                <span>{s.name}</span>
                <span className="muted small-text">{s.category}</span>
              </button>
            </th>
            <td className={s.owner ? "owner" : "owner muted"}>{s.owner?.name ?? t("systems.noOwner")}</td>
            <td className="num" data-count="direct" title={t("count.directHelp")}>
              {s.dependentCount.direct}
            </td>
            <td className="num" data-count="all" title={t("count.allHelp")}>
              {s.dependentCount.all}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
