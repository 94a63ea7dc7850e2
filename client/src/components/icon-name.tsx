import type { NodeKind } from "../lib/vocabulary";
import { KindIcon } from "./kind-icon";

/** A kind icon and a name that may wrap, without the icon ever ending a line on its own. */
export function IconName({ kind, name }: { kind: NodeKind; name: string }) {
  const space = name.indexOf(" ");
  const first = space < 0 ? name : name.slice(0, space);
  return (
    <>
      <span className="nowrap">
        <KindIcon kind={kind} />
        {first}
      </span>
      {space < 0 ? "" : name.slice(space)}
    </>
  );
}
