import { Evidence } from "../../../components/evidence";
import { NodeLink } from "../../../components/node-link";
import type { SystemEdgeFragment } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";

export function EdgeItems({ edges, onOpen }: { edges: readonly SystemEdgeFragment[]; onOpen: (id: string) => void }) {
  const t = useT();
  return (
    <ul className="dep-list">
      {edges.map((e) => (
        <li key={e.id} className="edge-item">
          <p className="hop">
            <NodeLink id={e.from.id} name={e.from.name} kind={e.from.kind} onOpen={onOpen} /> <em>{t(`rel.${e.type}`)}</em>{" "}
            <NodeLink id={e.to.id} name={e.to.name} kind={e.to.kind} onOpen={onOpen} />
          </p>
          <Evidence evidence={e.evidence} section={e.section} inferred={e.inferred} reason={e.reason} />
        </li>
      ))}
    </ul>
  );
}
