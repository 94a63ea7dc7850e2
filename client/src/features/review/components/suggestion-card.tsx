import { useMemo } from "react";
import { KindIcon } from "../../../components/kind-icon";
import type { ReviewSuggestionFragment } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import type { NodeKind } from "../../../lib/vocabulary";
import { suggestionTerms } from "../lib/highlight";
import { HighlightedQuote } from "./highlighted-quote";
import { SuggestionEditForm, type SuggestionEdit } from "./suggestion-edit-form";

interface Props {
  suggestion: ReviewSuggestionFragment;
  planId: string;
  planner: boolean;
  busy: boolean;
  error: string | null;
  /** Kept by the list, so that a refetch that re-renders the card leaves an open form open. */
  editing: boolean;
  onEditing: (editing: boolean) => void;
  onAccept: () => void;
  onReject: () => void;
  onEdit: (patch: SuggestionEdit) => Promise<boolean>;
}

/** One suggested fact: what it says, the plan's sentence with it marked, where, how sure, and the review actions. */
export function SuggestionCard({
  suggestion: s,
  planId,
  planner,
  busy,
  error,
  editing,
  onEditing,
  onAccept,
  onReject,
  onEdit,
}: Props) {
  const t = useT();
  const terms = useMemo(() => suggestionTerms(s), [s]);
  const open = s.status === "OPEN";
  const link = Boolean(s.fromLabel || s.toLabel || s.fromId || s.toId);
  return (
    <li
      className={`suggestion suggestion-${s.status.toLowerCase()}`}
      data-suggestion={s.id}
      data-status={s.status}
      aria-label={s.label}
    >
      <div className="suggestion-head">
        <strong className="suggestion-label">{s.label}</strong>
        <span className={`badge review-status status-${s.status.toLowerCase()}`}>{t(`review.status.${s.status}`)}</span>
        <span className="badge" title={t("review.confidenceHint")}>
          {t("review.confidence", { value: Math.round(s.confidence * 100) })}
        </span>
      </div>
      {link && (
        <p className="suggestion-ends">
          <End label={s.fromLabel} node={s.from} missing={Boolean(s.fromId) && !s.from} />
          <span aria-hidden="true"> → </span>
          <span className="visually-hidden">{t("review.to")}</span>
          <End label={s.toLabel} node={s.to} missing={Boolean(s.toId) && !s.to} />
        </p>
      )}
      <HighlightedQuote quote={s.quote} terms={terms} />
      <p className="evidence-section">
        <cite>{s.section}</cite> · {t("review.line", { line: s.line })}
      </p>
      {error && (
        <p className="review-error" role="alert">
          {error}
        </p>
      )}
      {planner && open && !editing && (
        <div className="suggestion-actions">
          <button type="button" className="primary" disabled={busy} onClick={onAccept}>
            {t("review.accept")}
          </button>
          <button type="button" disabled={busy} onClick={onReject}>
            {t("review.reject")}
          </button>
          <button type="button" disabled={busy} onClick={() => onEditing(true)}>
            {t("review.edit")}
          </button>
        </div>
      )}
      {planner && open && editing && (
        <SuggestionEditForm
          suggestion={s}
          planId={planId}
          busy={busy}
          onCancel={() => onEditing(false)}
          onSave={async (patch) => {
            if (await onEdit(patch)) onEditing(false);
          }}
        />
      )}
      {s.factId && (
        <p className="muted small-text">
          {t("review.fact")}: <code>{s.factId}</code>
        </p>
      )}
    </li>
  );
}

function End({
  label,
  node,
  missing,
}: {
  label: string | null | undefined;
  node: { name: string; kind: NodeKind } | null | undefined;
  missing: boolean;
}) {
  const t = useT();
  if (node) {
    return (
      <span className="suggestion-end">
        <KindIcon kind={node.kind} /> {node.name}
      </span>
    );
  }
  return (
    <span className="suggestion-end">
      {label ?? "–"}
      {missing && <span className="badge badge-inferred">{t("review.notYetInGraph")}</span>}
    </span>
  );
}
