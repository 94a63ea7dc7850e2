import { DepartmentSection } from "../../../components/department-section";
import { DependentCounts } from "../../../components/dependent-counts";
import { NodeLink } from "../../../components/node-link";
import { SystemOwner } from "../../../components/system-owner";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useSystemLinks } from "../api/systems";
import { EdgeItems } from "./edge-items";

/** Everything linked to one system or project, by department (the "Focus.IT view"). */
export function SystemLinks({ id, onOpen }: { id: string | null; onOpen: (id: string) => void }) {
  const t = useT();
  const { data, loading, error, refetch } = useSystemLinks(id);
  if (!id) return <Empty>{t("systems.pick")}</Empty>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading || !data) return <Loading />;
  const links = data.systemLinks;
  const total = links.byDepartment.reduce((n, d) => n + d.edges.length, 0) + links.otherEdges.length;
  return (
    <article className="system-links" aria-labelledby="system-title">
      <header className="result-head">
        <div>
          <h2 id="system-title">{links.system.name}</h2>
          <p className="muted">
            {links.system.category}
            {links.system.aliases.length ? ` · ${links.system.aliases.join(", ")}` : ""}
          </p>
        </div>
        <button type="button" onClick={() => onOpen(links.system.id)}>
          {t("systems.showInGraph")}
        </button>
      </header>
      <SystemOwner owner={links.system.owner} evidence={links.system.ownerEvidence} onOpen={onOpen} />
      <DependentCounts
        direct={links.system.dependentCount.direct}
        all={links.system.dependentCount.all}
        departments={links.system.dependentCount.departments}
      />
      {links.system.description && <p>{links.system.description}</p>}
      {links.modules.length > 0 && (
        <p>
          {t("field.modules")}:{" "}
          {links.modules.map((m) => (
            <NodeLink key={m.id} id={m.id} name={m.name} kind={m.kind} onOpen={onOpen} />
          ))}
        </p>
      )}
      <p data-testid="system-summary" title={t("systems.linksHelp")}>
        {t("systems.summary", { departments: links.byDepartment.length, edges: total })}
      </p>
      {total === 0 && <Empty>{t("systems.noLinks")}</Empty>}
      {links.byDepartment.map((d) => (
        <DepartmentSection
          key={d.department.id}
          department={d.department}
          count={d.edges.length}
          countTitle={t("systems.linksHelp")}
        >
          {d.goals.length > 0 && (
            <p>
              {t("field.goals")}:{" "}
              {d.goals.map((g) => (
                <NodeLink key={g.id} id={g.id} name={g.name} kind={g.kind} onOpen={onOpen} />
              ))}
            </p>
          )}
          <EdgeItems edges={d.edges} onOpen={onOpen} />
        </DepartmentSection>
      ))}
      {links.otherEdges.length > 0 && (
        <DepartmentSection
          department={null}
          fallbackName={t("systems.other")}
          count={links.otherEdges.length}
          countTitle={t("systems.linksHelp")}
        >
          <EdgeItems edges={links.otherEdges} onOpen={onOpen} />
        </DepartmentSection>
      )}
    </article>
  );
}
