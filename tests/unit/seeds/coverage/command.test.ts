/** `npm run facts:coverage`: output, exit codes and one-line errors, with files in memory. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCoverageCommand, type CommandIo } from "../../../../seeds/coverage/command.js";

const dir = path.resolve("tests/unit/seeds/coverage/fixtures");
const real: Record<string, string> = {
  "/w/plan.md": readFileSync(path.join(dir, "mini-plan.md"), "utf8"),
  "/w/facts.yaml": readFileSync(path.join(dir, "mini-plan.facts.yaml"), "utf8").replace(
    "file: mini-plan.md",
    "file: plan.md",
  ),
};

function run(argv: string[], files: Record<string, string> = real) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readFile: (f) => {
      const text = files[f];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${f}'`);
      return text;
    },
    cwd: "/w",
  };
  return { code: runCoverageCommand(argv, io), out: out.join("\n"), err };
}

const withoutMilestone = {
  ...real,
  "/w/facts.yaml": real["/w/facts.yaml"]!.replace("dateText: inden 1. oktober 2010", "dateText: 1. oktober"),
};

describe("facts:coverage", () => {
  it("exits 0 and says so when nothing is uncovered", () => {
    expect(run(["plan.md", "facts.yaml"])).toEqual({ code: 0, out: "coverage: nothing uncovered", err: [] });
  });

  it("exits 1 and lists findings as file:line kind text (section) — hint, then the counts", () => {
    const { code, out } = run(["plan.md", "facts.yaml"], withoutMilestone);
    expect(code).toBe(1);
    expect(out.split("\n")).toEqual([
      "# date (1)",
      expect.stringMatching(
        /^plan\.md:39 {2}date {2}"inden 1\. oktober 2010" {2}\(Biblioteksafdelingen > .* > Indsatsområder\) — milestone with dateText/,
      ),
      "",
      "coverage: 1 uncovered (name 0, system 0, date 1, cue 0, stale ignore 0)",
    ]);
  });

  it("writes JSON with --json", () => {
    const { code, out } = run(["--json", "plan.md", "facts.yaml"], withoutMilestone);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      plan: "plan.md",
      facts: "facts.yaml",
      total: 1,
      counts: { date: 1 },
      findings: [
        {
          file: "plan.md",
          line: 39,
          kind: "date",
          text: "inden 1. oktober 2010",
          date: { start: "2010-10-01", kind: "deadline" },
        },
      ],
    });
  });

  it.each([
    [[], /^facts:coverage: expected a plan and a facts file, got 0 argument\(s\)\. Usage: /],
    [["plan.md"], /got 1 argument/],
    [["plan.md", "facts.yaml", "--verbose"], /^facts:coverage: Unknown option '--verbose'.*Usage: /],
    [["plan.md", "missing.yaml"], /^facts:coverage: cannot read missing\.yaml: ENOENT/],
  ])("exits 2 with one line for %j", (argv, message) => {
    const { code, err, out } = run(argv);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(message);
  });

  it("exits 2 with the first problem of an invalid facts file", () => {
    const broken = { ...real, "/w/facts.yaml": `${real["/w/facts.yaml"]}\nsurprise: true\n` };
    const { code, err } = run(["plan.md", "facts.yaml"], broken);
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^facts:coverage: invalid facts file: facts\.yaml:\d+ surprise: /)]);
  });

  it("exits 2 for a plan the parser cannot read", () => {
    const { code, err } = run(["plan.md", "facts.yaml"], { ...real, "/w/plan.md": "Bare tekst uden overskrifter.\n" });
    expect(code).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^facts:coverage: invalid plan: plan\.md:1 no title/)]);
  });

  it("prints the usage with --help", () => {
    expect(run(["--help"])).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: npm run facts:coverage/) });
  });
});
