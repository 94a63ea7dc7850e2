import type { Core } from "cytoscape";
import { Evidence } from "../../../components/evidence";
import { NodeLink } from "../../../components/node-link";
import { useT } from "../../../lib/i18n";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";

interface Props {
  cy: Core;
  edgeId: string;
  onOpen: (id: string) => void;
  onClose: () => void;
}

/** The evidence of a clicked edge, over the canvas. */
export function EdgePopover({ cy, edgeId, onOpen, onClose }: Props) {
  const t = useT();
  const edge = cy.getElementById(edgeId);
  if (edge.empty()) return null;
  const source = edge.source();
  const target = edge.target();
  const type = edge.data("type") as RelationType;
  return (
    <div className="edge-popover" role="dialog" aria-label={t("edge.title")}>
      <div className="edge-popover-head">
        <strong>{t(`rel.${type}`)}</strong>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("action.close")}>
          ×
        </button>
      </div>
      <p className="edge-ends">
        <NodeLink id={source.id()} name={String(source.data("name"))} kind={source.data("kind") as NodeKind} onOpen={onOpen} />
        <span aria-hidden="true"> → </span>
        <NodeLink id={target.id()} name={String(target.data("name"))} kind={target.data("kind") as NodeKind} onOpen={onOpen} />
      </p>
      <Evidence
        evidence={String(edge.data("evidence") ?? "")}
        section={String(edge.data("section") ?? "")}
        inferred={Boolean(edge.data("inferred"))}
      />
    </div>
  );
}
