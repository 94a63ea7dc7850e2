import { lazy, Suspense, type MouseEvent } from "react";
import { ErrorBoundary } from "../components/error-boundary";
import { Loading } from "../components/states";
import { readerPlanId } from "../lib/plan-link";
import { useT } from "../lib/i18n";
import { useViewState } from "../lib/url-state";
import { Header } from "./header";
import { GraphRoute } from "./routes/graph-route";

// The graph is the landing view and comes with the page; every other view's code is loaded when
// it is first opened. The plan reader (`/plan/<planId>`) is its own page, loaded the same way.
const MatrixRoute = lazy(() => import("./routes/matrix-route").then((m) => ({ default: m.MatrixRoute })));
const SystemsRoute = lazy(() => import("./routes/systems-route").then((m) => ({ default: m.SystemsRoute })));
const KeyNodesRoute = lazy(() => import("./routes/key-nodes-route").then((m) => ({ default: m.KeyNodesRoute })));
const TimelineRoute = lazy(() => import("./routes/timeline-route").then((m) => ({ default: m.TimelineRoute })));
const CompareRoute = lazy(() => import("./routes/compare-route").then((m) => ({ default: m.CompareRoute })));
const ReviewRoute = lazy(() => import("./routes/review-route").then((m) => ({ default: m.ReviewRoute })));
const ReportRoute = lazy(() => import("./routes/report-route").then((m) => ({ default: m.ReportRoute })));
const PlanReaderRoute = lazy(() => import("./routes/plan-reader-route"));

export function App() {
  const t = useT();
  const [{ view }] = useViewState();
  const readerPlan = readerPlanId(window.location.pathname);
  if (readerPlan)
    return (
      <div className="app">
        <a className="skip-link" href="#main">
          {t("app.skipToContent")}
        </a>
        <Suspense fallback={<Loading />}>
          <PlanReaderRoute planId={readerPlan} />
        </Suspense>
      </div>
    );
  return (
    <div className="app">
      <a className="skip-link" href="#main" onClick={skipTo(view === "graph" ? "[data-testid=graph-canvas]" : "#main")}>
        {t(view === "graph" ? "app.skipToGraph" : "app.skipToContent")}
      </a>
      <Header />
      <main className="app-main" id="main" tabIndex={-1}>
        {view === "graph" ? (
          <GraphRoute />
        ) : (
          // A view whose code fails to arrive (offline, a new release) shows its own error and a retry.
          <ErrorBoundary key={view} region={t(`nav.${view}`)}>
            <Suspense fallback={<Loading />}>
              {view === "matrix" && <MatrixRoute />}
              {view === "systems" && <SystemsRoute />}
              {view === "keyNodes" && <KeyNodesRoute />}
              {view === "timeline" && <TimelineRoute />}
              {view === "compare" && <CompareRoute />}
              {view === "review" && <ReviewRoute />}
              {view === "report" && <ReportRoute />}
            </Suspense>
          </ErrorBoundary>
        )}
      </main>
    </div>
  );
}

/** The skip link moves the focus itself: the graph's canvas (or the main region) takes it, the URL stays as it is. */
function skipTo(selector: string) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.querySelector<HTMLElement>(selector) ?? document.getElementById("main");
    if (!target) return;
    event.preventDefault();
    target.focus();
  };
}
