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
const tabs = EXAMPLES.map((e) => ({ query: `# ${e.title}\n${e.query}`, variables: e.variables ? JSON.stringify(e.variables, null, 2) : undefined }));

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultTabs={tabs} defaultEditorToolsVisibility />
  </StrictMode>,
);
