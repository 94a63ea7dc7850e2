/**
 * Structured logs (pino, one JSON object per line) for the server and every CLI. The level
 * comes from LOG_LEVEL (PLANGRAF_LOG_LEVEL, its older name, still works); a value pino does
 * not know stops the start with the variable and the allowed values.
 *
 * Every entry is bounded: messages and error texts are cut to a few hundred characters, and
 * request bodies are never logged, so a hostile request cannot make the log grow by more
 * than one short line. An error is logged as its type, code and message; its stack (a few
 * lines) only when the level is debug or trace.
 */
import pino, { type DestinationStream, type Logger } from "pino";
import { ConfigError } from "./errors.js";

export type { Logger };

export const LOG_LEVELS = ["trace", "debug", "info", "warn", "error", "fatal", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const MAX_TEXT = 500;
const MAX_STACK_LINES = 8;

const cut = (text: string, max = MAX_TEXT) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

const isLogLevel = (value: string): value is LogLevel => (LOG_LEVELS as readonly string[]).includes(value);

/** The level named by LOG_LEVEL (else PLANGRAF_LOG_LEVEL, else info); a ConfigError for any other value. */
export function readLogLevel(env: NodeJS.ProcessEnv = process.env): LogLevel {
  for (const name of ["LOG_LEVEL", "PLANGRAF_LOG_LEVEL"]) {
    const raw = env[name]?.trim();
    if (!raw) continue;
    const level = raw.toLowerCase();
    if (!isLogLevel(level))
      throw new ConfigError(`${name}=${cut(raw, 40)} is not a log level: use one of ${LOG_LEVELS.join(", ")}.`);
    return level;
  }
  return "info";
}

function codeOf(error: Error): string | undefined {
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") return code;
  const extensions = (error as { extensions?: { code?: unknown } }).extensions;
  return typeof extensions?.code === "string" ? extensions.code : undefined;
}

/** A bounded, plain description of an error for the log: type, code, message, and the stack when asked. */
export function describeError(error: unknown, options: { stack?: boolean } = {}): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: cut(String(error)) };
  const code = codeOf(error);
  const stack =
    options.stack && error.stack
      ? cut(
          error.stack
            .split("\n")
            .slice(1, MAX_STACK_LINES + 1)
            .join("\n"),
          2_000,
        )
      : undefined;
  return { type: error.name, ...(code ? { code } : {}), message: cut(error.message), ...(stack ? { stack } : {}) };
}

export interface LoggerOptions {
  /** Default: readLogLevel(). */
  level?: LogLevel;
  /** Where the lines go (default stdout; CLIs use stderr so that their stdout stays their result). */
  destination?: DestinationStream;
  /** Fields on every line besides `app` (e.g. `{ cli: "backup" }`). */
  base?: Record<string, unknown>;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? readLogLevel();
  const logger: Logger = pino(
    {
      level,
      base: { app: "plangraf", ...options.base },
      timestamp: pino.stdTimeFunctions.isoTime,
      // `{ err }` on any line: the error's code and message; the stack only at debug and below.
      serializers: {
        err: (value: unknown) =>
          value instanceof Error ? describeError(value, { stack: logger.isLevelEnabled("debug") }) : value,
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
  return logger;
}

/**
 * The logger of a command-line tool: JSON lines on stderr, so that stdout carries only the
 * tool's result. A bad LOG_LEVEL ends the tool with that one line and exit code 1.
 */
export function createCliLogger(cli: string): Logger {
  let level: LogLevel;
  try {
    level = readLogLevel();
  } catch (error) {
    process.stderr.write(`${cli}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
  return createLogger({ level, base: { cli }, destination: pino.destination({ dest: 2, sync: true }) });
}
