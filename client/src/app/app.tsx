import { lazy, Suspense, type MouseEvent } from "react";
import { Loading } from "../components/states";
import { readerPlanId } from "../lib/plan-link";
import { useT } from "../lib/i18n";
import { useViewState } from "../lib/url-state";
import { Header } from "./header";
import { GraphRoute } from "./routes/graph-route";
import { MatrixRoute } from "./routes/matrix-route";
import { KeyNodesRoute } from "./routes/key-nodes-route";
import { SystemsRoute } from "./routes/systems-route";
import { TimelineRoute } from "./routes/timeline-route";
import { CompareRoute } from "./routes/compare-route";
import { ReviewRoute } from "./routes/review-route";
import { ReportRoute } from "./routes/report-route";

// The plan reader (`/plan/<planId>`) is its own page, loaded only when opened.
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
        {view === "graph" && <GraphRoute />}
        {view === "matrix" && <MatrixRoute />}
        {view === "systems" && <SystemsRoute />}
        {view === "keyNodes" && <KeyNodesRoute />}
        {view === "timeline" && <TimelineRoute />}
        {view === "compare" && <CompareRoute />}
        {view === "review" && <ReviewRoute />}
        {view === "report" && <ReportRoute />}
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
