import { useViewState } from "../lib/url-state";
import { Header } from "./header";
import { GraphRoute } from "./routes/graph-route";
import { MatrixRoute } from "./routes/matrix-route";
import { SystemsRoute } from "./routes/systems-route";
import { TimelineRoute } from "./routes/timeline-route";

export function App() {
  const [{ view }] = useViewState();
  return (
    <div className="app">
      <Header />
      <main className="app-main" id="main">
        {view === "graph" && <GraphRoute />}
        {view === "matrix" && <MatrixRoute />}
        {view === "systems" && <SystemsRoute />}
        {view === "timeline" && <TimelineRoute />}
      </main>
    </div>
  );
}
