import { useMemo } from "react";
import { ErrorState, Loading } from "../../../components/states";
import { departmentColors } from "../../../lib/department-colors";
import { useLang, useT } from "../../../lib/i18n";
import { useViewState } from "../../../lib/url-state";
import { NODE_KINDS, RELATION_CLASSES, RELATION_TYPES } from "../../../lib/vocabulary";
import { RELATION_INFO } from "../../../gql/relations";
import { relationText } from "../../../lib/relation-text";
import { useFilterOptions } from "../api/filter-options";
import { isFilterActive, toggleFilter } from "../lib/toggle-filter";
import { KindIcon } from "../../../components/kind-icon";
import { RelationSample } from "./relation-sample";
import { compareDanish } from "../../../lib/collate";

/** Department, kind and relation filters; doubles as the legend (colours, shapes, line styles). */
export function FilterPanel() {
  const t = useT();
  const lang = useLang();
  const [state, update] = useViewState();
  const { data, loading, error, refetch } = useFilterOptions();
  const departments = useMemo(
    () => [...(data?.departments ?? [])].sort((a, b) => compareDanish(a.name, b.name)),
    [data?.departments],
  );
  const colors = useMemo(() => departmentColors(departments), [departments]);
  const ids = departments.map((d) => d.id);
  const anyFilter =
    state.departments.length + state.kinds.length + state.relations.length > 0 || state.crossOnly || state.inferred;

  return (
    <div className="filters">
      <fieldset>
        <legend>{t("filter.departments")}</legend>
        {loading && !data && <Loading />}
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        <ul className="check-list">
          {departments.map((d) => (
            <li key={d.id}>
              <label>
                <input
                  type="checkbox"
                  checked={isFilterActive(state.departments, d.id)}
                  onChange={() => update((s) => ({ departments: toggleFilter(ids, s.departments, d.id) }))}
                />
                <span className="swatch" style={{ background: colors.get(d.id) }} aria-hidden="true" />
                {d.name}
              </label>
              <button
                type="button"
                className="link-button only-button"
                onClick={() => update({ departments: [d.id] })}
                aria-label={t("filter.onlyNamed", { name: d.name })}
              >
                {t("filter.only")}
              </button>
            </li>
          ))}
        </ul>
        <label className="cross-only">
          <input type="checkbox" checked={state.crossOnly} onChange={(e) => update({ crossOnly: e.target.checked })} />
          {t("filter.crossOnly")}
        </label>
        <p className="legend-text">{t("filter.crossHelp")}</p>
        <label className="cross-inferred">
          <input
            type="checkbox"
            checked={state.inferred}
            disabled={!state.crossOnly}
            onChange={(e) => update({ inferred: e.target.checked })}
          />
          {t("matrix.includeInferred")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t("filter.kinds")}</legend>
        <ul className="check-list">
          {NODE_KINDS.map((kind) => (
            <li key={kind}>
              <label>
                <input
                  type="checkbox"
                  checked={isFilterActive(state.kinds, kind)}
                  onChange={() => update((s) => ({ kinds: toggleFilter(NODE_KINDS, s.kinds, kind) }))}
                />
                <KindIcon kind={kind} />
                {t(`kind.${kind}`)}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset>
        <legend>{t("filter.relations")}</legend>
        {RELATION_CLASSES.map((relationClass) => (
          <div key={relationClass} className="relation-class">
            <h3 className="relation-class-title">{t(`class.${relationClass}`)}</h3>
            <ul className="check-list relation-list">
              {RELATION_TYPES.filter((rel) => RELATION_INFO[rel].class === relationClass).map((rel) => (
                <li key={rel}>
                  <label>
                    <input
                      type="checkbox"
                      checked={isFilterActive(state.relations, rel)}
                      onChange={() => update((s) => ({ relations: toggleFilter(RELATION_TYPES, s.relations, rel) }))}
                    />
                    <RelationSample type={rel} />
                    {t(`rel.${rel}`)}
                  </label>
                  <p className="legend-text">{relationText(rel, lang).legend}</p>
                </li>
              ))}
            </ul>
          </div>
        ))}
        <p className="legend-only">
          <RelationSample type="DEPENDS_ON" inferred />
          {t("edge.inferredLegend")}
        </p>
      </fieldset>
      <button
        type="button"
        disabled={!anyFilter}
        onClick={() => update({ departments: [], kinds: [], relations: [], crossOnly: false, inferred: false })}
      >
        {t("filter.reset")}
      </button>
    </div>
  );
}
