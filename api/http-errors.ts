/**
 * Answers from /graphql that Apollo never sees: a body that is not JSON, too large, or in an
 * unsupported encoding, a request refused by the rate limiter. Each is a GraphQL-shaped JSON
 * answer with an `extensions.code`, never Express's HTML page, and is logged as one short
 * line without the body.
 */
import type { ErrorRequestHandler, Response } from "express";
import type { Logger } from "./logger.js";

export function sendGraphQLError(res: Response, status: number, code: string, message: string): void {
  res
    .status(status)
    .type("application/json")
    .send(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
}

const BODY_ERRORS: Record<string, [number, string, string]> = {
  "entity.parse.failed": [400, "BAD_REQUEST", "The request body is not valid JSON."],
  "entity.too.large": [413, "PAYLOAD_TOO_LARGE", "The request body is too large."],
  "entity.verify.failed": [400, "BAD_REQUEST", "The request body could not be read."],
  "request.aborted": [400, "BAD_REQUEST", "The request was aborted."],
  "request.size.invalid": [400, "BAD_REQUEST", "The request body is shorter than its Content-Length."],
  "charset.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "The request body's charset is not supported: send UTF-8."],
  "encoding.unsupported": [415, "UNSUPPORTED_MEDIA_TYPE", "The request body's encoding is not supported."],
  "stream.encoding.set": [500, "INTERNAL_SERVER_ERROR", "Internal server error."],
};

export function graphqlErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req, res, next) => {
    if (res.headersSent) return next(error);
    // The request's child logger (with its id) when the request-id middleware ran.
    const log = (res.locals.log as Logger | undefined) ?? logger;
    const type = (error as { type?: string }).type ?? "";
    const known = BODY_ERRORS[type];
    if (known) {
      log.info({ event: "bad-request-body", type, status: known[0], ip: req.ip }, known[2]);
      return sendGraphQLError(res, known[0], known[1], known[2]);
    }
    const status = (error as { status?: number }).status;
    if (typeof status === "number" && status >= 400 && status < 500) {
      log.info({ event: "bad-request", status, ip: req.ip }, "refused a malformed request");
      return sendGraphQLError(res, status, "BAD_REQUEST", "The request could not be read.");
    }
    log.error(
      {
        event: "request-failed",
        err:
          error instanceof Error
            ? { type: error.name, message: error.message.slice(0, 500) }
            : String(error).slice(0, 500),
      },
      "unexpected error",
    );
    return sendGraphQLError(res, 500, "INTERNAL_SERVER_ERROR", "Internal server error.");
  };
}
