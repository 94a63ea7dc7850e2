/**
 * Every HTTP request gets an id: the caller's `x-request-id` when it is sane (1-128 of
 * letters, digits and `._:+=/-`), else a fresh UUID. It is sent back in the `x-request-id`
 * response header and bound into a child logger, so one request's log lines can be found
 * from what the caller saw.
 */
import { randomUUID } from "node:crypto";
import type { RequestHandler, Response } from "express";
import type { Logger } from "./logger.js";

export const REQUEST_ID_HEADER = "x-request-id";
const SANE_ID = /^[A-Za-z0-9._:+=/-]{1,128}$/;

/** The incoming id when it is one header with a sane value, else a new UUID. */
export function requestIdOf(header: string | string[] | undefined): string {
  return typeof header === "string" && SANE_ID.test(header) ? header : randomUUID();
}

export interface RequestScope {
  requestId: string;
  log: Logger;
}

/** Assigns the id, answers it in the header, and keeps id + child logger in `res.locals`. */
export function requestIds(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdOf(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    res.locals.requestId = requestId;
    res.locals.log = logger.child({ requestId });
    next();
  };
}

/** The request's id and logger (the root logger and a new id for a response that bypassed requestIds). */
export function requestScope(res: Response, fallback: Logger): RequestScope {
  const requestId = typeof res.locals.requestId === "string" ? res.locals.requestId : randomUUID();
  const log = (res.locals.log as Logger | undefined) ?? fallback.child({ requestId });
  return { requestId, log };
}
