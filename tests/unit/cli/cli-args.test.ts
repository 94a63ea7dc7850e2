import { describe, expect, it } from "vitest";
import { choiceOption, intOption, readCli, UsageError } from "../../../graph/cli-args.js";

const USAGE = "Usage: tool [--count <n>] [--force] <file>";
const spec = (args: string[]) => ({
  args,
  options: { count: { type: "string" }, force: { type: "boolean", default: false } } as const,
  allowPositionals: true,
});

describe("reading a tool's arguments", () => {
  it("returns the options and positionals, through the tool's own check", () => {
    expect(
      readCli(spec(["--count", "3", "--force", "plan.md"]), USAGE, ({ values, positionals }) => ({
        count: intOption(values.count, "--count", { min: 1 }),
        force: values.force,
        file: positionals[0],
      })),
    ).toEqual({ kind: "run", value: { count: 3, force: true, file: "plan.md" } });
  });

  it.each([["--help"], ["-h"]])("answers %s with the usage", (flag) => {
    expect(readCli(spec(["plan.md", flag]), USAGE)).toEqual({ kind: "help", text: USAGE });
  });

  it.each([
    [["--verbose"], /^Unknown option '--verbose'\.\nUsage: tool/],
    [["--count"], /^Option '--count <value>' argument missing\.\nUsage: tool/],
    [["--force=yes"], /^Option '--force' does not take an argument\.\nUsage: tool/],
  ])("refuses %j naming the option, followed by the usage", (args, message) => {
    const outcome = readCli(spec(args), USAGE);
    expect(outcome.kind).toBe("usage-error");
    expect(outcome.kind === "usage-error" && outcome.text).toMatch(message);
  });

  it("refuses a positional argument when the tool takes none", () => {
    const outcome = readCli({ args: ["extra"], options: {} }, USAGE);
    expect(outcome).toMatchObject({ kind: "usage-error", text: expect.stringMatching(/'extra'.*\nUsage: tool/s) });
  });

  it("turns a UsageError from the check into a usage error and lets other errors through", () => {
    expect(
      readCli(spec(["--count", "x"]), USAGE, ({ values }) => intOption(values.count, "--count", { min: 1 })),
    ).toEqual({ kind: "usage-error", text: `--count "x": expected a whole number of at least 1.\n${USAGE}` });
    expect(() =>
      readCli(spec([]), USAGE, () => {
        throw new RangeError("a bug");
      }),
    ).toThrow(RangeError);
  });
});

describe("number and choice options", () => {
  it.each([
    ["7", 7],
    [undefined, 30],
    ["365", 365],
  ])("reads --days %j", (raw, expected) => {
    expect(intOption(raw, "--days", { min: 1, max: 365, fallback: 30 })).toBe(expected);
  });

  it.each(["0", "366", "1.5", "", " ", "12abc", "1e3"])("refuses --days %j, naming the option and the range", (raw) => {
    expect(() => intOption(raw, "--days", { min: 1, max: 365, fallback: 30 })).toThrow(
      new UsageError(`--days ${JSON.stringify(raw)}: expected a whole number from 1 to 365.`),
    );
  });

  it("requires a number option without a fallback", () => {
    expect(() => intOption(undefined, "--nodes")).toThrow(/--nodes <number> is required/);
  });

  it("reads a choice, its fallback, and refuses anything else with the allowed values", () => {
    expect(choiceOption("en", "--lang", ["da", "en"], "da")).toBe("en");
    expect(choiceOption(undefined, "--lang", ["da", "en"], "da")).toBe("da");
    expect(() => choiceOption("de", "--lang", ["da", "en"], "da")).toThrow('--lang "de": expected one of da, en.');
    expect(() => choiceOption(undefined, "--mode", ["a", "b"])).toThrow("--mode is required: one of a, b.");
  });
});
