import { useSyncExternalStore } from "react";
import { ErrorBoundary } from "../../components/error-boundary";
import { PlanReader } from "../../features/plan-reader";
import { useT } from "../../lib/i18n";

const subscribe = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  window.addEventListener("popstate", onChange);
  return () => {
    window.removeEventListener("hashchange", onChange);
    window.removeEventListener("popstate", onChange);
  };
};
const getHash = () => window.location.hash;

/** `/plan/<planId>#<anchor>?q=<quote>`: the plan's text, the passage a quote links to highlighted. */
export default function PlanReaderRoute({ planId }: { planId: string }) {
  const t = useT();
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  const anchor = hash.length > 1 ? decodeURIComponent(hash.slice(1)) : null;
  const quote = new URLSearchParams(window.location.search).get("q");
  return (
    <div className="reader-page">
      <header className="app-header reader-header">
        <div className="brand">
          <span className="logo" aria-hidden="true">
            ◆
          </span>
          <div>
            <h1>{t("reader.heading")}</h1>
            <p className="muted small-text">{planId}</p>
          </div>
        </div>
        <nav aria-label={t("nav.label")}>
          <a href={`/?view=graph&plan=${encodeURIComponent(planId)}`}>{t("reader.backToGraph")}</a>
        </nav>
      </header>
      <main className="app-main reader-main" id="main" tabIndex={-1}>
        <ErrorBoundary region={t("reader.heading")}>
          <PlanReader planId={planId} anchor={anchor} quote={quote} />
        </ErrorBoundary>
      </main>
    </div>
  );
}
