import { useMemo } from "react";
import { KindIcon } from "../../../components/kind-icon";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useSystemList } from "../api/systems";
import { sortSystems } from "../lib/sort-systems";

/** The systems and projects to choose from. */
export function SystemList({ selected, onPick }: { selected: string | null; onPick: (id: string) => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useSystemList();
  const systems = useMemo(() => sortSystems(data?.systems ?? []), [data]);
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading) return <Loading />;
  if (systems.length === 0) return <Empty>{t("systems.empty")}</Empty>;
  return (
    <ul className="pick-list" aria-label={t("systems.listLabel")}>
      {systems.map((s) => (
        <li key={s.id} className={s.module ? "module" : undefined}>
          <button type="button" aria-pressed={selected === s.id} onClick={() => onPick(s.id)}>
            <KindIcon kind={s.kind} />
            <span>{s.name}</span>
            <span className="muted small-text">{s.category}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
