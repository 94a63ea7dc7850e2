import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { requestIdOf } from "../../../api/request-id.js";
import { ConfigError } from "../../../graph/errors.js";
import { createLogger, LOG_LEVELS, readLogLevel, type LogLevel } from "../../../graph/logger.js";

function capture(level: LogLevel) {
  const lines: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level, destination }), lines };
}

class StoreError extends Error {
  code = "Neo.TransientError.General.MemoryPoolOutOfMemoryError";
}

describe("the log level", () => {
  it.each(LOG_LEVELS)("accepts LOG_LEVEL=%s", (level) => {
    expect(readLogLevel({ LOG_LEVEL: level })).toBe(level);
  });

  it("is info by default, case-insensitive, and PLANGRAF_LOG_LEVEL still works", () => {
    expect(readLogLevel({})).toBe("info");
    expect(readLogLevel({ LOG_LEVEL: " DEBUG " })).toBe("debug");
    expect(readLogLevel({ PLANGRAF_LOG_LEVEL: "warn" })).toBe("warn");
    expect(readLogLevel({ LOG_LEVEL: "error", PLANGRAF_LOG_LEVEL: "warn" })).toBe("error");
  });

  it.each([
    [{ LOG_LEVEL: "verbose" }, "LOG_LEVEL=verbose"],
    [{ PLANGRAF_LOG_LEVEL: "3" }, "PLANGRAF_LOG_LEVEL=3"],
  ])("refuses %j, naming the variable and the allowed values", (env, named) => {
    expect(() => readLogLevel(env)).toThrow(ConfigError);
    expect(() => readLogLevel(env)).toThrow(
      `${named} is not a log level: use one of trace, debug, info, warn, error, fatal, silent.`,
    );
  });
});

describe("errors in the log", () => {
  it("carry type, code and message but no stack at info", () => {
    const { logger, lines } = capture("info");
    logger.warn({ err: new StoreError("out of memory") }, "a query failed");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 40,
      app: "plangraf",
      msg: "a query failed",
      err: { type: "Error", code: "Neo.TransientError.General.MemoryPoolOutOfMemoryError", message: "out of memory" },
    });
    expect(JSON.stringify(lines[0])).not.toContain("logger.test.ts");
  });

  it("carry a stack of a few lines at debug", () => {
    const { logger, lines } = capture("debug");
    logger.error({ err: new Error("boom") }, "failed");
    const stack = (lines[0]!.err as { stack: string }).stack;
    expect(stack).toContain("logger.test.ts");
    expect(stack.split("\n").length).toBeLessThanOrEqual(8);
  });

  it("cut a long message", () => {
    const { logger, lines } = capture("info");
    logger.error({ err: new Error("x".repeat(10_000)) }, "failed");
    expect(JSON.stringify(lines[0]).length).toBeLessThan(800);
  });

  it("are not written below the level", () => {
    const { logger, lines } = capture("error");
    logger.warn("quiet");
    logger.error("loud");
    expect(lines.map((l) => l.msg)).toEqual(["loud"]);
  });
});

describe("request ids", () => {
  it.each(["abc-123", "7b0c9a3e-1f52-4a43-9a6e-0d9f0e4b1c2d", "trace:01HZX.a_b+c=/d", "x".repeat(128)])(
    "keeps the caller's sane id %s",
    (id) => {
      expect(requestIdOf(id)).toBe(id);
    },
  );

  it.each([
    ["", "empty"],
    ["x".repeat(129), "too long"],
    ["id with spaces", "spaces"],
    ['{"json":1}', "JSON"],
    ["line\nbreak", "a line break"],
    ["ünïcode", "non-ASCII"],
  ])("replaces %j (%s) with a new UUID", (id) => {
    expect(requestIdOf(id)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("gives a new UUID without a header or for a repeated header", () => {
    expect(requestIdOf(undefined)).not.toBe(requestIdOf(undefined));
    expect(requestIdOf(["a", "b"])).toMatch(/^[0-9a-f-]{36}$/);
  });
});
