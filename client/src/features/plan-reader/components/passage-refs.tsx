import { KindIcon } from "../../../components/kind-icon";
import type { NodeKind } from "../../../lib/vocabulary";
import { useT } from "../../../lib/i18n";
import { graphHref } from "../../../lib/plan-link";

interface Ref {
  id: string;
  name: string;
  kind: NodeKind;
}

interface Quote {
  id: string;
  type: string;
  quote: string;
  from: Ref;
  to: Ref;
}

function GraphLink({ planId, node }: { planId: string; node: Ref }) {
  const t = useT();
  return (
    <a
      className="reader-node-link"
      href={graphHref(planId, node.id)}
      title={t("reader.openInGraph", { name: node.name })}
    >
      <KindIcon kind={node.kind} /> {node.name}
    </a>
  );
}

/** The edges that quote a passage and the nodes stated in its section, each a link back into the graph. */
export function PassageRefs({
  planId,
  quotes,
  nodes,
  showQuotes,
}: {
  planId: string;
  quotes: readonly Quote[];
  nodes: readonly Ref[];
  showQuotes: boolean;
}) {
  const t = useT();
  return (
    <>
      {quotes.length > 0 && (
        <>
          <h4>{t("reader.quotedBy", { count: quotes.length })}</h4>
          <ul className="reader-refs-list">
            {quotes.map((q) => (
              <li key={q.id}>
                <GraphLink planId={planId} node={q.from} /> <span className="muted">{t(`rel.${q.type}` as never)}</span>{" "}
                <GraphLink planId={planId} node={q.to} />
                {showQuotes && (
                  <blockquote lang="da" className="small-text">
                    “{q.quote}”
                  </blockquote>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {nodes.length > 0 && (
        <>
          <h4>{t("reader.statedHere", { count: nodes.length })}</h4>
          <ul className="reader-refs-list">
            {nodes.map((n) => (
              <li key={n.id}>
                <GraphLink planId={planId} node={n} />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
