/**
 * Typed errors of the graph layer. Neo4j driver errors are mapped here so that the API
 * can turn them into GraphQL error codes without knowing about the driver.
 */

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The database cannot be reached (down, restarting, wrong address). */
export class DatabaseUnavailableError extends Error {
  override name = "DatabaseUnavailableError";
}

/** A transaction ran past its time budget. */
export class DatabaseTimeoutError extends Error {
  override name = "DatabaseTimeoutError";
}

/** A write collided with a constraint (e.g. duplicate id). */
export class ConstraintViolationError extends Error {
  override name = "ConstraintViolationError";
}

export class NotFoundError extends Error {
  override name = "NotFoundError";
}

/** An update carried a stale version. */
export class VersionConflictError extends Error {
  override name = "VersionConflictError";
}

const UNAVAILABLE_CODES = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Cluster.NotALeader",
]);

/** Maps a driver error to one of the typed errors above; other errors pass through. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: string }).code ?? "";
  if (UNAVAILABLE_CODES.has(code) || /ECONNREFUSED|Could not perform discovery|connect ECONN/i.test(error.message)) {
    return new DatabaseUnavailableError(`Neo4j is not reachable: ${error.message}`);
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code.includes("TransactionTimedOut")) {
    return new DatabaseTimeoutError("The database query took too long and was stopped.");
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new ConstraintViolationError(error.message);
  }
  return error;
}

/** A write names a node that is not there, or of the wrong kind or plan. */
export class InvalidReferenceError extends Error {
  override name = "InvalidReferenceError";
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}
