/**
 * The GraphQL explorer at /graphiql, bundled with the client so that nothing loads from
 * a CDN. A token pasted into the headers tab (`{"Authorization": "Bearer ..."}`) lets
 * planners try mutations.
 */
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { createGraphiQLFetcher } from "@graphiql/toolkit";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { EXAMPLES } from "./examples.js";

const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });
const tabs = EXAMPLES.map((e) => ({
  query: `# ${e.title}\n${e.query}`,
  variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined,
}));
// GraphiQL fills the first tab's operation editor from `defaultTabs` but not its variables
// editor; on a first visit (no tabs stored yet) hand it both. Later visits restore the tabs
// as the user left them.
const firstVisit = window.localStorage.getItem("graphiql:tabState") === null;
const first = firstVisit ? { initialQuery: tabs[0]!.query, initialVariables: tabs[0]!.variables ?? "" } : {};

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility {...first} />
  </StrictMode>,
);
