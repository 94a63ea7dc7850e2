import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import { AppProvider } from "./app/provider";
import { loadMessages } from "./lib/i18n";
import { decodeViewState } from "./lib/url-state";
import "./app/styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing in index.html");

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <AppProvider>
        <App />
      </AppProvider>
    </StrictMode>,
  );

// A page opened in English waits for its dictionary (Danish comes with the page); if it cannot arrive, Danish it is.
void loadMessages(decodeViewState(window.location.search).lang)
  .catch(() => undefined)
  .then(render);
