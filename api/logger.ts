/**
 * Structured logs (pino, one JSON object per line) with every entry bounded: messages and
 * error texts are cut to a few hundred characters and stacks to a few lines, and request
 * bodies are never logged, so a hostile request cannot make the log grow by more than one
 * short line.
 */
import pino, { type Logger } from "pino";

export type { Logger };

const MAX_TEXT = 500;
const MAX_STACK_LINES = 8;

const cut = (text: string, max = MAX_TEXT) =>
  text.length > max ? `${text.slice(0, max)}… (${text.length - max} more characters)` : text;

/** A bounded, plain description of an error for the log. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: cut(String(error)) };
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name,
    message: cut(error.message),
    ...(typeof code === "string" ? { code } : {}),
    stack: error.stack
      ? cut(
          error.stack
            .split("\n")
            .slice(1, MAX_STACK_LINES + 1)
            .join("\n"),
          2_000,
        )
      : undefined,
  };
}

export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  const level = options.level ?? process.env.PLANGRAF_LOG_LEVEL ?? "info";
  return pino({ level, base: { app: "plangraf" }, timestamp: pino.stdTimeFunctions.isoTime }, options.destination);
}
