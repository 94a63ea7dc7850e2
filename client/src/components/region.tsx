import type { ReactNode } from "react";
import { ErrorBoundary } from "./error-boundary";

interface Props {
  /** Accessible name of the region, also named in its error fallback. */
  label: string;
  className?: string;
  children: ReactNode;
  testId?: string;
}

/** A labelled landmark with its own error boundary. */
export function Region({ label, className, children, testId }: Props) {
  return (
    <section aria-label={label} className={className ? `region ${className}` : "region"} data-testid={testId}>
      <ErrorBoundary region={label}>{children}</ErrorBoundary>
    </section>
  );
}
