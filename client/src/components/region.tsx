import type { ReactNode } from "react";
import { ErrorBoundary } from "./error-boundary";

interface Props {
  /** Accessible name of the region, also named in its error fallback. */
  label: string;
  className?: string;
  children: ReactNode;
  testId?: string;
  id?: string;
}

/** A labelled landmark with its own error boundary. */
export function Region({ label, className, children, testId, id }: Props) {
  return (
    <section id={id} aria-label={label} className={className ? `region ${className}` : "region"} data-testid={testId}>
      <ErrorBoundary region={label}>{children}</ErrorBoundary>
    </section>
  );
}
