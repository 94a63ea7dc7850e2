/**
 * Every command-line tool answers `--help` with its usage (exit 0) and an unknown option or a
 * bad value with one line naming it plus the usage (exit 2), before it touches a database.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..", "..", "..");
const run = promisify(execFile);

const CLIS: [string, RegExp][] = [
  ["api/token-cli.ts", /^Usage: npm run token -- --user <name>/],
  ["api/report-cli.ts", /^Usage: npm run report -- --plan <planId> --out <file\.pdf>/],
  ["seeds/cli.ts", /^Usage: npm run seed/],
  ["seeds/coverage/cli.ts", /^Usage: npm run facts:coverage -- <plan\.md> <facts\.yaml>/],
  ["seeds/import/cli.ts", /^Usage: npm run import -- <plan\.docx\|plan\.md\|plan\.txt>/],
  ["seeds/suggest/eval.ts", /^Usage: npm run suggest:eval/],
  ["seeds/suggest/export-cli.ts", /^Usage: npm run facts:export -- <planId>/],
  ["graph/local/cli.ts", /^Usage: npm run neo4j/],
  ["graph/backup-cli.ts", /^Usage: npm run backup -- export <planId>/],
  ["graph/synthetic/cli.ts", /^Usage: tsx graph\/synthetic\/cli\.ts/],
  ["tests/bench/run.ts", /^Usage: npm run bench/],
];

async function cli(file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  // No database: a tool that got past its arguments would fail to connect, not hang. The
  // timeouts are generous because each tool starts its own tsx (seconds on a busy machine).
  const environment = { ...process.env, NEO4J_URI: "bolt://127.0.0.1:1", ...env };
  try {
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", file, ...args], {
      cwd: root,
      env: environment,
      timeout: 150_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe.concurrent("command-line tools", { timeout: 180_000 }, () => {
  it.each(CLIS)("%s --help prints the usage on stdout and exits 0", async (file, usage) => {
    const result = await cli(file, ["--help"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(usage);
  });

  it.each(CLIS)("%s --no-such-option exits 2 naming the option, with the usage", async (file, usage) => {
    const result = await cli(file, ["--no-such-option"]);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(/Unknown option '--no-such-option'/);
    expect(result.stderr).toContain(usage.source.replace(/^\^/, "").replace(/\\/g, "").split(" --")[0]);
  });

  it.each([
    ["api/token-cli.ts", ["--user", "anna", "--days", "0"], /--days "0": expected a whole number from 1 to 365/],
    [
      "api/token-cli.ts",
      ["--user", "anna", "--role", "owner"],
      /--role "owner": expected one of reader, planner, admin/,
    ],
    ["api/token-cli.ts", ["--role", "admin"], /--user <name> is required/],
    ["api/report-cli.ts", ["--plan", "p", "--out", "r.pdf", "--lang", "fr"], /--lang "fr": expected one of da, en/],
    ["graph/synthetic/cli.ts", ["--nodes", "many"], /--nodes "many": expected a whole number of at least 1/],
    ["graph/synthetic/cli.ts", ["--mode"], /Option '--mode <value>' argument missing/],
    ["graph/backup-cli.ts", ["import", "plan.json"], /Unknown command "import"/],
    ["seeds/cli.ts", ["plan.md"], /Expected a plan and a facts file, got 1 argument/],
    ["seeds/import/cli.ts", ["--plan-id"], /Option '--plan-id <value>' argument missing/],
    ["graph/local/cli.ts", ["--port", "99999"], /--port "99999": expected a whole number from 1 to 65535/],
  ])("%s %j exits 2 with %s", async (file, args, message) => {
    const result = await cli(file, args);
    expect(result).toMatchObject({ code: 2, stdout: "" });
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/\nUsage: /);
  });

  it("refuses a LOG_LEVEL it does not know, naming the variable and the allowed levels", async () => {
    const result = await cli("graph/backup-cli.ts", ["export", "some-plan"], { LOG_LEVEL: "chatty" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /LOG_LEVEL=chatty is not a log level: use one of trace, debug, info, warn, error, fatal, silent\./,
    );
  });

  it("logs a failure as one JSON line on stderr with code and message, and no stack at info", async () => {
    const result = await cli("graph/backup-cli.ts", ["restore", "no-such-backup.json"]);
    expect(result).toMatchObject({ code: 1, stdout: "" });
    const lines = result.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({
      level: 50,
      app: "plangraf",
      cli: "backup",
      msg: expect.stringMatching(/^no-such-backup\.json: not readable JSON \(ENOENT/),
      err: { type: "ConfigError" },
    });
    expect(entry.err).not.toHaveProperty("stack");
  });
});
