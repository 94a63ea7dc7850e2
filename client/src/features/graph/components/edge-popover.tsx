import type { Core, NodeSingular } from "cytoscape";
import { BasisBadge } from "../../../components/basis-badge";
import { Evidence } from "../../../components/evidence";
import type { DependencyBasis } from "../../../gql/graphql";
import { HopLine, type HopEnd } from "../../../components/hop-line";
import { useLang, useT } from "../../../lib/i18n";
import { relationText } from "../../../lib/relation-text";
import type { NodeKind, RelationType } from "../../../lib/vocabulary";

interface Props {
  cy: Core;
  edgeId: string;
  onOpen: (id: string) => void;
  onClose: () => void;
}

const end = (node: NodeSingular): HopEnd => ({
  id: node.id(),
  name: String(node.data("name")),
  kind: node.data("kind") as NodeKind,
});

/** The evidence of a clicked edge, over the canvas, as a sentence with the table's verb. */
export function EdgePopover({ cy, edgeId, onOpen, onClose }: Props) {
  const t = useT();
  const lang = useLang();
  const edge = cy.getElementById(edgeId);
  if (edge.empty()) return null;
  const type = edge.data("type") as RelationType;
  const text = relationText(type, lang);
  return (
    <div className="edge-popover" role="dialog" aria-label={t("edge.title")}>
      <div className="edge-popover-head">
        <strong>{text.label}</strong>
        {Boolean(edge.data("crossDepartment")) && <span className="badge badge-cross">{t("edge.cross")}</span>}
        {Boolean(edge.data("crossDepartment")) && edge.data("basis") && (
          <BasisBadge basis={edge.data("basis") as DependencyBasis} />
        )}
        <span className="toolbar-spacer" />
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("action.close")}>
          ×
        </button>
      </div>
      <HopLine edge={{ type, from: end(edge.source()), to: end(edge.target()) }} onOpen={onOpen} />
      <p className="legend-text">{text.legend}</p>
      <Evidence
        evidence={String(edge.data("evidence") ?? "")}
        section={String(edge.data("section") ?? "")}
        inferred={Boolean(edge.data("inferred"))}
      />
    </div>
  );
}
