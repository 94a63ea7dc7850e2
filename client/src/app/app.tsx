import { useViewState } from "../lib/url-state";
import { Header } from "./header";
import { GraphRoute } from "./routes/graph-route";
import { MatrixRoute } from "./routes/matrix-route";
import { KeyNodesRoute } from "./routes/key-nodes-route";
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
        {view === "keyNodes" && <KeyNodesRoute />}
        {view === "timeline" && <TimelineRoute />}
      </main>
    </div>
  );
}
