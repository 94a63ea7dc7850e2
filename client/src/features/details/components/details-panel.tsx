import { DependentCounts } from "../../../components/dependent-counts";
import { KindIcon } from "../../../components/kind-icon";
import { NodeLink } from "../../../components/node-link";
import { Empty, ErrorState, Loading } from "../../../components/states";
import { useT } from "../../../lib/i18n";
import { useNodeDetails } from "../api/node-details";
import { EdgeList } from "./edge-list";
import { NodeFields } from "./node-fields";
import { NodeHistory } from "./node-history";
import { SystemOwner } from "../../../components/system-owner";

interface Props {
  id: string | null;
  onOpen: (id: string) => void;
}

/** Everything about the selected node: fields, owner, dependents counts, and both directions of dependencies with evidence. */
export function DetailsPanel({ id, onOpen }: Props) {
  const t = useT();
  const { data, loading, error, refetch } = useNodeDetails(id);
  if (!id) return <Empty>{t("details.none")}</Empty>;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (loading && !data) return <Loading />;
  const node = data?.node;
  if (!node) return <Empty>{t("details.notFound", { id })}</Empty>;

  return (
    <article className="details" aria-labelledby="details-title">
      <header className="details-head">
        <p className="kind-line">
          <KindIcon kind={node.kind} /> {t(`kind.${node.kind}`)}
        </p>
        <h2 id="details-title">{node.name}</h2>
        {node.department && node.department.id !== node.id && node.__typename !== "System" && (
          <p>
            {t("details.owner")}:{" "}
            <NodeLink id={node.department.id} name={node.department.name} kind="DEPARTMENT" onOpen={onOpen} />
          </p>
        )}
        {node.__typename === "System" && (
          <SystemOwner owner={node.owner} evidence={node.ownerEvidence} onOpen={onOpen} />
        )}
        {node.source && (
          <p className="evidence-section">
            {t("details.source")}: <cite>{node.source}</cite>
          </p>
        )}
        <DependentCounts
          direct={node.dependentCount.direct}
          all={node.dependentCount.all}
          departments={node.dependentCount.departments}
        />
      </header>
      <NodeHistory id={node.id} onOpen={onOpen} />
      <NodeFields node={node} onOpen={onOpen} />
      {(["dependsOn", "dependents"] as const).map((side) => (
        <EdgeList
          key={side}
          title={t(`details.${side}`)}
          nodeId={node.id}
          edges={node[side]}
          empty={t(side === "dependsOn" ? "details.noDependsOn" : "details.noDependents")}
          onOpen={onOpen}
        />
      ))}
    </article>
  );
}
