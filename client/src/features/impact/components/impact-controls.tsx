import { useT } from "../../../lib/i18n";
import { MAX_DEPTH, MIN_DEPTH, useViewState } from "../../../lib/url-state";
import { DIRECTIONS } from "../../../lib/vocabulary";

/** Direction and depth of the impact question (kept in the URL). */
export function ImpactControls() {
  const t = useT();
  const [state, update] = useViewState();
  const depths = Array.from({ length: MAX_DEPTH - MIN_DEPTH + 1 }, (_, i) => MIN_DEPTH + i);
  return (
    <div className="impact-controls">
      <fieldset className="segmented">
        <legend>{t("impact.direction")}</legend>
        {DIRECTIONS.map((dir) => (
          <label key={dir} className={state.direction === dir ? "active" : undefined}>
            <input
              type="radio"
              name="impact-direction"
              value={dir}
              checked={state.direction === dir}
              onChange={() => update({ direction: dir })}
            />
            {t(`direction.${dir}`)}
          </label>
        ))}
      </fieldset>
      <label className="field-inline">
        <span>{t("impact.depth")}</span>
        <select value={state.depth} onChange={(e) => update({ depth: Number(e.target.value) })}>
          {depths.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <p className="hint muted">{t(`direction.${state.direction}.hint`)}</p>
    </div>
  );
}
