import { useT } from "../lib/i18n";
import { passageHref } from "../lib/plan-link";
import { usePlanId } from "../lib/plans";

interface Props {
  evidence: string;
  section: string;
  inferred: boolean;
  reason?: string | null;
  /** Leave out the "inferred" badge where a basis badge next to it already says so. */
  inferredBadge?: boolean;
}

/** The plan's own words behind an edge, or a clear mark that the edge is inferred. */
export function Evidence({ evidence, section, inferred, reason, inferredBadge = true }: Props) {
  const t = useT();
  const planId = usePlanId();
  return (
    <div className="evidence">
      {inferred && (inferredBadge || reason) && (
        <p className="evidence-inferred">
          {inferredBadge && <span className="badge badge-inferred">{t("edge.inferred")}</span>}
          {reason ? `${inferredBadge ? " " : ""}${reason}` : ""}
        </p>
      )}
      {evidence ? (
        <blockquote lang="da">“{evidence}”</blockquote>
      ) : (
        !inferred && <p className="muted">{t("edge.noEvidence")}</p>
      )}
      {section && (
        <p className="evidence-section">
          {t("edge.section")}: <cite>{section}</cite>
          {planId && evidence && (
            <>
              {" "}
              <a className="evidence-read" href={passageHref(planId, section, evidence)}>
                {t("reader.readInPlan")}
              </a>
            </>
          )}
        </p>
      )}
    </div>
  );
}
