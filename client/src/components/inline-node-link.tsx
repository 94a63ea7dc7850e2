import type { MouseEvent } from "react";
import { useT } from "../lib/i18n";
import { encodeViewState, useViewState } from "../lib/url-state";
import type { NodeKind } from "../lib/vocabulary";
import { IconName } from "./icon-name";

interface Props {
  id: string;
  name: string;
  kind: NodeKind;
  onOpen: (id: string) => void;
}

/**
 * A node name inside a sentence: a real link (it wraps with the text, and opens in a new tab
 * as the node's permalink), that moves the selection there when clicked.
 */
export function InlineNodeLink({ id, name, kind, onOpen }: Props) {
  const t = useT();
  const [state] = useViewState();
  const href =
    encodeViewState({ ...state, view: "graph", selected: id, mode: state.view === "graph" ? state.mode : "details" }) ||
    "?";
  const open = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    onOpen(id);
  };
  return (
    <a
      className="node-link-inline"
      href={href}
      onClick={open}
      title={`${t(`kind.${kind}`)}: ${name}`}
      data-node-id={id}
    >
      <IconName kind={kind} name={name} />
    </a>
  );
}
