import { Component, type ErrorInfo, type ReactNode } from "react";
import { useT } from "../lib/i18n";

interface Props {
  /** Shown in the fallback: which part of the page failed. */
  region: string;
  children: ReactNode;
}
interface State {
  error: Error | null;
}

/** One per independent region: a failing panel shows its own error, the rest of the page stays. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`[plangraf] ${this.props.region} failed`, error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.error) {
      return (
        <RegionCrashed
          region={this.props.region}
          error={this.state.error}
          onRetry={() => this.setState({ error: null })}
        />
      );
    }
    return this.props.children;
  }
}

function RegionCrashed({ region, error, onRetry }: { region: string; error: Error; onRetry: () => void }) {
  const t = useT();
  return (
    <div role="alert" className="state state-error">
      <p>
        <strong>{t("error.regionCrashed", { region })}</strong>
      </p>
      <p className="muted">{error.message}</p>
      <button type="button" onClick={onRetry}>
        {t("action.retry")}
      </button>
    </div>
  );
}
