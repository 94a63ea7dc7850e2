import { useId, useMemo, useState } from "react";
import type { ReviewSuggestionFragment, SuggestionKind } from "../../../gql/graphql";
import { useT } from "../../../lib/i18n";
import { useEndpoints } from "../api/suggestions";
import { KIND_ORDER } from "../lib/group-suggestions";
import { endpointOptions } from "../lib/endpoint-options";

export interface SuggestionEdit {
  label?: string;
  kind?: SuggestionKind;
  from?: string;
  to?: string;
}

interface Props {
  suggestion: ReviewSuggestionFragment;
  planId: string;
  busy: boolean;
  onSave: (patch: SuggestionEdit) => void;
  onCancel: () => void;
}

/** Kinds that link two ends (the form offers the ends for these). */
const LINK_KINDS: readonly SuggestionKind[] = ["DEPENDENCY", "COORDINATION", "OWNER"];

/** Corrects a suggestion before it is accepted: its name or date text, its kind, its two ends. Only changed fields are sent. */
export function SuggestionEditForm({ suggestion: s, planId, busy, onSave, onCancel }: Props) {
  const t = useT();
  const id = useId();
  const [label, setLabel] = useState(s.label);
  const [kind, setKind] = useState<SuggestionKind>(s.kind);
  const [from, setFrom] = useState(s.fromId ?? "");
  const [to, setTo] = useState(s.toId ?? "");
  const withEnds = LINK_KINDS.includes(kind) || Boolean(s.fromId || s.toId);
  const { data, loading } = useEndpoints(planId, !withEnds);
  const groups = useMemo(() => (data ? endpointOptions(data) : []), [data]);
  const known = useMemo(() => new Set(groups.flatMap((g) => g.options.map((o) => o.id))), [groups]);

  const patch: SuggestionEdit = {
    ...(label.trim() !== s.label ? { label: label.trim() } : {}),
    ...(kind !== s.kind ? { kind } : {}),
    ...(withEnds && from && from !== (s.fromId ?? "") ? { from } : {}),
    ...(withEnds && to && to !== (s.toId ?? "") ? { to } : {}),
  };
  const changed = Object.keys(patch).length > 0;

  const endSelect = (
    which: "from" | "to",
    value: string,
    set: (v: string) => void,
    fallback: string | null | undefined,
  ) => (
    <label className="field" htmlFor={`${id}-${which}`}>
      <span>{t(which === "from" ? "review.fromEnd" : "review.toEnd")}</span>
      <select id={`${id}-${which}`} value={value} onChange={(e) => set(e.target.value)} disabled={loading}>
        {value === "" && <option value="">{t("review.pickEnd")}</option>}
        {value !== "" && !known.has(value) && <option value={value}>{fallback ?? value}</option>}
        {groups.map((g) => (
          <optgroup key={g.kind} label={t(`kind.${g.kind}`)}>
            {g.options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  );

  return (
    <form
      className="suggestion-edit"
      aria-label={t("review.editTitle", { label: s.label })}
      onSubmit={(e) => {
        e.preventDefault();
        if (changed) onSave(patch);
      }}
    >
      <label className="field" htmlFor={`${id}-label`}>
        <span>{t("review.label")}</span>
        <input id={`${id}-label`} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
      <label className="field" htmlFor={`${id}-kind`}>
        <span>{t("review.kind")}</span>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as SuggestionKind)}>
          {KIND_ORDER.map((k) => (
            <option key={k} value={k}>
              {t(`review.kind.${k}`)}
            </option>
          ))}
        </select>
      </label>
      {withEnds && endSelect("from", from, setFrom, s.fromLabel)}
      {withEnds && endSelect("to", to, setTo, s.toLabel)}
      <div className="suggestion-actions">
        <button type="submit" className="primary" disabled={busy || !changed}>
          {t("review.save")}
        </button>
        <button type="button" onClick={onCancel}>
          {t("auth.cancel")}
        </button>
      </div>
    </form>
  );
}
