import { useApolloClient } from "@apollo/client/react";
import { useCallback, useMemo, useState } from "react";
import { PlannerLogin } from "../../../components/planner-login";
import { Empty, ErrorState, Loading } from "../../../components/states";
import type { ReviewSuggestionFragment, SuggestionStatus } from "../../../gql/graphql";
import { useToken } from "../../../lib/auth";
import { useT } from "../../../lib/i18n";
import { reviewSuggestionsDocument, useReviewMutations, useSuggestions } from "../api/suggestions";
import { groupSuggestions } from "../lib/group-suggestions";
import { reviewError } from "../lib/review-error";
import { SuggestionCard } from "./suggestion-card";
import type { SuggestionEdit } from "./suggestion-edit-form";
import "../review.css";

const FILTERS = ["OPEN", "ACCEPTED", "REJECTED", "ALL"] as const;
type Filter = (typeof FILTERS)[number];

/**
 * The review queue of an imported plan: suggested facts by kind and rule, each with the plan's
 * sentence; a planner accepts, rejects or corrects them (shown at once, undone if the server refuses).
 */
export function ReviewView({ planId }: { planId: string }) {
  const t = useT();
  const { planner } = useToken();
  const [filter, setFilter] = useState<Filter>("OPEN");
  const { data, loading, error, refetch } = useSuggestions(
    planId,
    filter === "ALL" ? null : (filter as SuggestionStatus),
  );
  const { accept, reject, edit, acceptRule } = useReviewMutations();
  const client = useApolloClient();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState<Record<string, boolean>>({});
  const [editing, setEditing] = useState<ReadonlySet<string>>(new Set());
  const [ruleNote, setRuleNote] = useState<string | null>(null);
  const groups = useMemo(() => groupSuggestions(data?.suggestions ?? []), [data]);

  const run = useCallback(
    async (key: string, action: () => Promise<unknown>): Promise<boolean> => {
      setBusy((b) => ({ ...b, [key]: true }));
      setErrors(({ [key]: _, ...rest }) => rest);
      try {
        await action();
        return true;
      } catch (e) {
        const { code, message } = reviewError(e);
        const text =
          code === "CONFLICT"
            ? t("review.conflict")
            : code === "UNAUTHENTICATED" || code === "FORBIDDEN"
              ? t("review.needPlanner")
              : t("review.failed", { message });
        setErrors((all) => ({ ...all, [key]: text }));
        // Someone else changed it: show what the server holds now, keeping the card (and its message) in the list.
        if (code === "CONFLICT")
          void client
            .query({
              query: reviewSuggestionsDocument,
              variables: { planId, status: null },
              fetchPolicy: "network-only",
            })
            .catch(() => {});
        return false;
      } finally {
        setBusy(({ [key]: _, ...rest }) => rest);
      }
    },
    [client, planId, t],
  );

  const optimistic = (s: ReviewSuggestionFragment, change: Partial<ReviewSuggestionFragment>) => ({
    ...s,
    ...change,
    version: s.version + 1,
    __typename: "Suggestion" as const,
  });
  const onAccept = (s: ReviewSuggestionFragment) =>
    void run(s.id, () =>
      accept({
        variables: { id: s.id },
        optimisticResponse: { __typename: "Mutation", acceptSuggestion: optimistic(s, { status: "ACCEPTED" }) },
      }),
    );
  const onReject = (s: ReviewSuggestionFragment) =>
    void run(s.id, () =>
      reject({
        variables: { id: s.id },
        optimisticResponse: { __typename: "Mutation", rejectSuggestion: optimistic(s, { status: "REJECTED" }) },
      }),
    );
  const onEdit = (s: ReviewSuggestionFragment, patch: SuggestionEdit) =>
    run(s.id, () =>
      edit({
        variables: { id: s.id, patch },
        optimisticResponse: {
          __typename: "Mutation",
          editSuggestion: optimistic(s, {
            ...(patch.label ? { label: patch.label } : {}),
            ...(patch.kind ? { kind: patch.kind } : {}),
          }),
        },
      }),
    );
  const onAcceptRule = (rule: string, open: number) =>
    void run(`rule:${rule}`, async () => {
      const result = await acceptRule({ variables: { planId, rule } });
      const done = result.data?.acceptSuggestionsOfRule.filter((s) => s.status === "ACCEPTED").length ?? 0;
      setRuleNote(t("review.ruleDone", { rule, accepted: done, left: Math.max(0, open - done) }));
      await refetch();
    });

  return (
    <div className="review">
      <div className="review-toolbar">
        <div className="segmented" role="group" aria-label={t("review.filter")}>
          {FILTERS.map((f) => (
            <button key={f} type="button" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {t(`review.filter.${f}`)}
            </button>
          ))}
        </div>
        <PlannerLogin />
      </div>
      {!planner && <p className="notice">{t("review.readOnly")}</p>}
      {ruleNote && (
        <p className="notice" role="status">
          {ruleNote}
        </p>
      )}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {loading && !data && <Loading />}
      {data && groups.length === 0 && <Empty>{t(filter === "OPEN" ? "review.noneOpen" : "review.none")}</Empty>}
      {groups.map((g) => (
        <section key={g.kind} className="review-kind" aria-label={t(`review.kind.${g.kind}`)}>
          <h3>
            {t(`review.kind.${g.kind}`)} <span className="count">{g.count}</span>
          </h3>
          {g.rules.map((r) => (
            <section
              key={r.rule}
              className="review-rule"
              aria-label={t("review.ruleLabel", { rule: r.rule })}
              data-rule={r.rule}
            >
              <div className="review-rule-head">
                <h4>
                  {t("review.rule")}: <code>{r.rule}</code> <span className="count">{r.items.length}</span>
                </h4>
                {planner && r.open > 1 && (
                  <button
                    type="button"
                    className="small"
                    disabled={busy[`rule:${r.rule}`]}
                    onClick={() => onAcceptRule(r.rule, r.open)}
                  >
                    {t("review.acceptRule", { rule: r.rule, count: r.open })}
                  </button>
                )}
              </div>
              {errors[`rule:${r.rule}`] && (
                <p className="review-error" role="alert">
                  {errors[`rule:${r.rule}`]}
                </p>
              )}
              <ul className="suggestion-list">
                {r.items.map((s) => (
                  <SuggestionCard
                    key={s.id}
                    suggestion={s}
                    planId={planId}
                    planner={planner}
                    busy={Boolean(busy[s.id])}
                    error={errors[s.id] ?? null}
                    editing={editing.has(s.id)}
                    onEditing={(on) =>
                      setEditing((all) => (on ? new Set([...all, s.id]) : new Set([...all].filter((x) => x !== s.id))))
                    }
                    onAccept={() => onAccept(s)}
                    onReject={() => onReject(s)}
                    onEdit={(patch) => onEdit(s, patch)}
                  />
                ))}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
