import { useT } from "../lib/i18n";

interface Props {
  evidence: string;
  section: string;
  inferred: boolean;
  reason?: string | null;
}

/** The plan's own words behind an edge, or a clear mark that the edge is inferred. */
export function Evidence({ evidence, section, inferred, reason }: Props) {
  const t = useT();
  return (
    <div className="evidence">
      {inferred && (
        <p className="evidence-inferred">
          <span className="badge badge-inferred">{t("edge.inferred")}</span>
          {reason ? ` ${reason}` : ""}
        </p>
      )}
      {evidence ? <blockquote lang="da">“{evidence}”</blockquote> : !inferred && <p className="muted">{t("edge.noEvidence")}</p>}
      {section && (
        <p className="evidence-section">
          {t("edge.section")}: <cite>{section}</cite>
        </p>
      )}
    </div>
  );
}
