import { useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import type { Scope } from "../hooks/use-drawn-graph";
import { MAX_ISOLATE_DEPTH } from "../lib/isolate";

const DEPTHS = Array.from({ length: MAX_ISOLATE_DEPTH }, (_, i) => i + 1);

/** Overview or everything; expand, isolate (with a depth) and back again. */
export function ScopeBar({ scope, selectedName }: { scope: Scope; selectedName: string | null }) {
  const t = useT();
  const [state, update] = useViewState();
  const selected = state.selected;
  const reset = { expanded: [], isolate: null, viewport: null };
  return (
    <div className="scope-bar" role="toolbar" aria-label={t("graph.scopeLabel")}>
      <div className="segmented" role="group" aria-label={t("graph.scopeLabel")}>
        <button type="button" aria-pressed={scope === "overview"} onClick={() => update({ ...reset, all: false })}>
          {t("graph.overview")}
        </button>
        <button type="button" aria-pressed={scope === "all"} onClick={() => update({ ...reset, all: true })}>
          {t("graph.showAll")}
        </button>
      </div>
      <button
        type="button"
        disabled={!selected || state.expanded.includes(selected)}
        onClick={() => selected && update((s) => ({ expanded: [...s.expanded, selected] }))}
        title={selectedName ? t("graph.expandNamed", { name: selectedName }) : t("graph.pickFirst")}
      >
        {t("graph.expand")}
      </button>
      <button
        type="button"
        aria-pressed={scope === "isolate"}
        disabled={!selected && scope !== "isolate"}
        onClick={() =>
          update(
            scope === "isolate"
              ? { isolate: null, expanded: [], viewport: null }
              : { isolate: selected, expanded: [], viewport: null },
          )
        }
        title={selectedName ? t("graph.isolateNamed", { name: selectedName }) : t("graph.pickFirst")}
      >
        {t("graph.isolate")}
      </button>
      <label className="field-inline">
        <span>{t("graph.isolateDepth")}</span>
        <select
          value={state.isolateDepth}
          onChange={(e) => update({ isolateDepth: Number(e.target.value), viewport: null })}
        >
          {DEPTHS.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      {state.expanded.length > 0 && (
        <button type="button" className="link-button" onClick={() => update({ expanded: [] })}>
          {t("graph.collapse", { count: state.expanded.length })}
        </button>
      )}
    </div>
  );
}
