import type { NodeKind } from "../lib/vocabulary";
import { useT } from "../lib/i18n";
import { KindIcon } from "./kind-icon";

interface Props {
  id: string;
  name: string;
  kind?: NodeKind;
  onOpen: (id: string) => void;
}

/** A node name that opens the node (moves the selection there). */
export function NodeLink({ id, name, kind, onOpen }: Props) {
  const t = useT();
  return (
    <button
      type="button"
      className="link-button node-link"
      onClick={() => onOpen(id)}
      title={kind ? `${t(`kind.${kind}`)}: ${name}` : name}
    >
      {kind && <KindIcon kind={kind} />}
      <span>{name}</span>
    </button>
  );
}
