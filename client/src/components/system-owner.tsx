import { NodeLink } from "./node-link";
import { useT } from "../lib/i18n";

interface Props {
  owner: { id: string; name: string } | null | undefined;
  evidence: string | null | undefined;
  onOpen: (id: string) => void;
}

/** The department responsible for a system, in the plan's words, or that the plan names none. */
export function SystemOwner({ owner, evidence, onOpen }: Props) {
  const t = useT();
  if (!owner) {
    return (
      <p className="system-owner muted" data-testid="system-owner">
        {t("details.noResponsible")}
      </p>
    );
  }
  return (
    <div className="system-owner" data-testid="system-owner">
      <p>
        {t("details.responsible")}: <NodeLink id={owner.id} name={owner.name} kind="DEPARTMENT" onOpen={onOpen} />
      </p>
      {evidence && (
        <blockquote className="owner-evidence" lang="da">
          “{evidence}”
        </blockquote>
      )}
    </div>
  );
}
