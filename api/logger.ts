/**
 * The API's structured log: the one logger module lives in graph/logger.ts (graph/ logs too
 * and must not import api/); the server binds a request id into a child of it per request.
 */
export {
  createLogger,
  describeError,
  LOG_LEVELS,
  readLogLevel,
  type Logger,
  type LoggerOptions,
  type LogLevel,
} from "../graph/logger.js";
