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

const TRANSIENT_CLIENT_CODES = new Set([
  "Neo.ClientError.Transaction.Terminated",
  "Neo.ClientError.Transaction.LockClientStopped",
]);

/** Maps a driver error to one of the typed errors above; other errors pass through. */
export function mapDriverError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const code = (error as { code?: string }).code ?? "";
  if (error instanceof DatabaseUnavailableError || error instanceof DatabaseTimeoutError) return error;
  if (
    UNAVAILABLE_CODES.has(code) ||
    /ECONNREFUSED|ECONNRESET|Could not perform discovery|connect ECONN|acquisition timed out|Failed to connect|Connection was closed/i.test(
      error.message,
    )
  ) {
    return new DatabaseUnavailableError(`Neo4j is not reachable: ${error.message}`);
  }
  if (code === "Neo.ClientError.Transaction.TransactionTimedOut" || code.includes("TransactionTimedOut")) {
    return new DatabaseTimeoutError("The database query took too long and was stopped.");
  }
  // Transient: a lock client stopped (a transaction terminated while it waited), a deadlock
  // the driver's retries did not get past, a database restarting. Trying again helps.
  if (code.startsWith("Neo.TransientError.") || TRANSIENT_CLIENT_CODES.has(code)) {
    return new DatabaseUnavailableError(`Neo4j could not complete the transaction now (${code}); try again.`);
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    // Neo4j's message names internal node numbers and labels: keep it for the log only.
    return new ConstraintViolationError(
      "That already exists: someone wrote the same id or edge at the same moment. Reload and try again.",
      { cause: error },
    );
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
