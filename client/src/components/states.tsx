import type { ReactNode } from "react";
import { useT } from "../lib/i18n";

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state-loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t("state.loading")}
    </div>
  );
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="state state-empty">{children}</div>;
}

export function ErrorState({ error, onRetry }: { error: { message: string }; onRetry?: () => void }) {
  const t = useT();
  return (
    <div className="state state-error" role="alert">
      <p>
        <strong>{t("error.loadFailed")}</strong>
      </p>
      <p className="muted">{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t("action.retry")}
        </button>
      )}
    </div>
  );
}

/** Says that the server cut the answer and why. */
export function TruncatedNotice({ children }: { children: ReactNode }) {
  return (
    <div className="notice notice-warning" role="status">
      {children}
    </div>
  );
}
