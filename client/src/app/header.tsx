import { useCallback } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import { SearchBox } from "../features/search";
import { ViewsMenu } from "../features/views";
import { useT } from "../lib/i18n";
import { useViewState, VIEWS } from "../lib/url-state";
import { PlanTitle } from "./plan-title";

export function Header() {
  const t = useT();
  const [state, update] = useViewState();
  const commit = useCallback((q: string) => update({ query: q }, { replace: true }), [update]);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          ◆
        </span>
        <div>
          <h1>Plangraf</h1>
          <ErrorBoundary region={t("app.planTitle")}>
            <PlanTitle />
          </ErrorBoundary>
        </div>
      </div>
      <nav aria-label={t("nav.label")} className="view-nav">
        {VIEWS.filter((view) => view !== "report").map((view) => (
          <button
            key={view}
            type="button"
            aria-current={state.view === view ? "page" : undefined}
            onClick={() => update({ view })}
          >
            {t(`nav.${view}`)}
          </button>
        ))}
      </nav>
      <div className="header-search" role="search">
        <ErrorBoundary region={t("search.label")}>
          <SearchBox
            label={t("search.label")}
            placeholder={t("search.placeholder")}
            value={state.query}
            onCommit={commit}
            onPick={(id) =>
              update({ selected: id, view: "graph", mode: state.mode === "path" ? "details" : state.mode })
            }
            exportable
          />
        </ErrorBoundary>
      </div>
      <ErrorBoundary region={t("views.menu")}>
        <ViewsMenu />
      </ErrorBoundary>
      <button
        type="button"
        className="lang-switch"
        lang={state.lang === "da" ? "en" : "da"}
        onClick={() => update({ lang: state.lang === "da" ? "en" : "da" }, { replace: true })}
      >
        {t("lang.switch")}
      </button>
    </header>
  );
}
