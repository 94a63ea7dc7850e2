/**
 * One way for every command-line tool to read its arguments (node:util parseArgs, strict):
 * `--help`/`-h` prints the usage on stdout and exits 0; an unknown option, an option without
 * its value, a value that is not a number or an unexpected argument prints one line naming
 * it plus the usage on stderr and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Logger } from "./logger.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

export interface CliSpec<O extends Options> {
  options: O;
  /** Default false: a positional argument is a usage error. */
  allowPositionals?: boolean;
  /** Default process.argv.slice(2). */
  args?: string[];
}

export type CliParsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; allowPositionals: true }>>;

/** A wrong argument; parseCli prints the message and the usage, and exits 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

export type CliOutcome<T> =
  { kind: "run"; value: T } | { kind: "help"; text: string } | { kind: "usage-error"; text: string };

const HELP = { help: { type: "boolean", short: "h" } } as const;

/** Node's message without its advice on `--` (the usage that follows says what is accepted). */
function shortMessage(error: Error): string {
  return error.message.replace(/\. To specify a positional argument.*$/s, "").replace(/\.$/, "");
}

/**
 * Reads the arguments without printing or exiting (what parseCli does, for tests and for
 * tools that report through their own streams). `check` turns the parsed values into the
 * tool's options and may throw UsageError (see intOption).
 */
export function readCli<O extends Options, T = CliParsed<O>>(
  spec: CliSpec<O>,
  usage: string,
  check?: (parsed: CliParsed<O>) => T,
): CliOutcome<T> {
  const args = spec.args ?? process.argv.slice(2);
  let parsed: CliParsed<O>;
  try {
    parsed = parseArgs({
      args,
      options: { ...HELP, ...spec.options },
      allowPositionals: spec.allowPositionals ?? false,
      strict: true,
    }) as CliParsed<O>;
  } catch (error) {
    // parseArgs fails with a TypeError whose code starts ERR_PARSE_ARGS_; anything else is a bug.
    const code = (error as { code?: unknown }).code;
    if (!(error instanceof Error) || typeof code !== "string" || !code.startsWith("ERR_PARSE_ARGS_")) throw error;
    return { kind: "usage-error", text: `${shortMessage(error)}.\n${usage}` };
  }
  if ((parsed.values as { help?: boolean }).help) return { kind: "help", text: usage };
  try {
    return { kind: "run", value: check ? check(parsed) : (parsed as T) };
  } catch (error) {
    if (error instanceof UsageError) return { kind: "usage-error", text: `${error.message}\n${usage}` };
    throw error;
  }
}

/** readCli, then: help -> usage on stdout, exit 0; usage error -> message and usage on stderr, exit 2. */
export function parseCli<O extends Options, T = CliParsed<O>>(
  spec: CliSpec<O>,
  usage: string,
  check?: (parsed: CliParsed<O>) => T,
): T {
  const outcome = readCli(spec, usage, check);
  if (outcome.kind === "run") return outcome.value;
  if (outcome.kind === "help") {
    process.stdout.write(`${outcome.text}\n`);
    process.exit(0);
  }
  process.stderr.write(`${outcome.text}\n`);
  process.exit(2);
}

/** An integer option within bounds (the fallback when it is absent); a UsageError naming the option otherwise. */
export function intOption(
  raw: string | undefined,
  name: string,
  bounds: { min?: number; max?: number; fallback?: number } = {},
): number {
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = bounds;
  if (raw === undefined) {
    if (bounds.fallback !== undefined) return bounds.fallback;
    throw new UsageError(`${name} <number> is required.`);
  }
  const value = Number(raw);
  if (raw.trim() === "" || !Number.isInteger(value) || value < min || value > max) {
    const range =
      bounds.min !== undefined && bounds.max !== undefined
        ? ` from ${min} to ${max}`
        : bounds.min !== undefined
          ? ` of at least ${min}`
          : "";
    throw new UsageError(`${name} ${JSON.stringify(raw)}: expected a whole number${range}.`);
  }
  return value;
}

/** One of the allowed values (the fallback when absent); a UsageError naming the option otherwise. */
export function choiceOption<const C extends string>(
  raw: string | undefined,
  name: string,
  choices: readonly C[],
  fallback?: C,
): C {
  if (raw === undefined && fallback !== undefined) return fallback;
  if (raw !== undefined && (choices as readonly string[]).includes(raw)) return raw as C;
  throw new UsageError(
    raw === undefined
      ? `${name} is required: one of ${choices.join(", ")}.`
      : `${name} ${JSON.stringify(raw)}: expected one of ${choices.join(", ")}.`,
  );
}

/**
 * The end of a tool that failed: one error line on its logger (the message; the error's
 * type and code; the stack only at debug level), then exit 1.
 */
export function exitOnError(log: Logger): (error: unknown) => never {
  return (error) => {
    const message = error instanceof Error ? error.message : String(error);
    log.error({ err: error }, message.length > 500 ? `${message.slice(0, 500)}…` : message);
    process.exit(1);
  };
}
