import type { Core, ElementDefinition } from "cytoscape";
import { downloadBlob, downloadText } from "../../../lib/download";
import { useT } from "../../../lib/i18n";
import { LAYOUTS, RENDERERS, useViewState } from "../../../lib/url-state";
import { fitGraph } from "../hooks/use-cy-elements";
import { cySnapshot } from "../lib/cy-snapshot";
import { subgraphJson } from "../lib/subgraph-json";
import { buildSvg } from "../lib/svg-export";

interface Props {
  cy: Core | null;
  elements: readonly ElementDefinition[];
  exportName: string;
  exportFilter: unknown;
}

/** Layout, renderer, fit and the exports of the current graph. */
export function GraphToolbar({ cy, elements, exportName, exportFilter }: Props) {
  const t = useT();
  const [state, update] = useViewState();
  const disabled = !cy;
  const exportPng = () => {
    if (!cy) return;
    const blob = cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff", maxWidth: 8000, maxHeight: 8000 });
    downloadBlob(blob, `${exportName}.png`);
  };
  const exportSvg = () =>
    cy && downloadText(buildSvg(cySnapshot(cy), exportName), `${exportName}.svg`, "image/svg+xml");
  const exportJson = () =>
    downloadText(
      JSON.stringify(subgraphJson(elements, exportFilter), null, 2),
      `${exportName}.json`,
      "application/json",
    );

  return (
    <div className="toolbar" role="toolbar" aria-label={t("graph.toolbar")}>
      <label className="field-inline">
        <span>{t("graph.layout")}</span>
        <select value={state.layout} onChange={(e) => update({ layout: e.target.value as (typeof LAYOUTS)[number] })}>
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field-inline">
        <span>{t("graph.renderer")}</span>
        <select
          value={state.renderer}
          onChange={(e) => update({ renderer: e.target.value as (typeof RENDERERS)[number] }, { replace: true })}
        >
          {RENDERERS.map((r) => (
            <option key={r} value={r}>
              {t(`renderer.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        disabled={disabled}
        onClick={() => {
          if (!cy) return;
          fitGraph(cy);
          update({ viewport: null }, { replace: true });
        }}
      >
        {t("graph.fit")}
      </button>
      <span className="toolbar-spacer" />
      <span className="toolbar-label">{t("export.title")}</span>
      <button type="button" disabled={disabled} onClick={exportPng}>
        PNG
      </button>
      <button type="button" disabled={disabled} onClick={exportSvg}>
        SVG
      </button>
      <button type="button" onClick={exportJson}>
        JSON
      </button>
    </div>
  );
}
