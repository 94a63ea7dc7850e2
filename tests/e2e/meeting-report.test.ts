/**
 * The meeting report: the matrix view's button opens "Tværgående afhængigheder" with its four
 * sections; printed, the app's header is gone; `npm run report` writes the PDF from the
 * running app (it starts nothing itself) and refuses clearly when no app answers.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { PLAN } from "./support/app";
import { openBrowser, SCREENSHOTS, screenshot, type Session } from "./support/browser";
import { gql } from "./support/graphql";

const root = path.resolve(import.meta.dirname, "..", "..");
const SECTIONS = [
  "Tværgående afhængigheder",
  "Afdelingsmatrix",
  "Afhængigheder på tværs af afdelinger",
  "Nøglenoder",
  "Næste milepæle",
];

describe("the meeting report", () => {
  let s: Session;
  let dir: string;
  beforeAll(async () => {
    s = await openBrowser();
    dir = mkdtempSync(path.join(tmpdir(), "plangraf-report-test-"));
  });
  afterAll(async () => {
    await s?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("opens from the matrix with every section, the plan's quotes, and no app chrome when printed", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    const { crossDepartmentDependencies: links } = await gql<{ crossDepartmentDependencies: { evidence: string }[] }>(
      appUrl,
      `query ($p: ID) { crossDepartmentDependencies(planId: $p, include: [STATED, VIA_SYSTEM]) { evidence } }`,
      { p: PLAN },
    );
    await page.goto(`${appUrl}/?view=matrix&plan=${PLAN}`);
    await page.getByRole("button", { name: "Rapport til mødet" }).click();
    const report = page.locator("[data-testid=report][data-ready=true]");
    await report.waitFor();
    expect(new URL(page.url()).searchParams.get("view")).toBe("report");
    const titles = (await report.locator("h2, h3").allTextContents()).map((t) => t.trim());
    expect(titles.map((t) => t.replace(/ \(\d+\)$/, ""))).toEqual(SECTIONS);
    expect(titles[2]).toBe(`Afhængigheder på tværs af afdelinger (${links.length})`);
    expect(await report.locator(".report-links > li").count()).toBe(links.length);
    const quotes = (await report.locator("blockquote").allTextContents()).map((q) => q.replace(/^“|”$/g, ""));
    expect(quotes.sort()).toEqual(links.map((l) => l.evidence).sort());
    expect(await report.locator(".report-matrix tbody tr").count()).toBeGreaterThan(1);
    await screenshot(page, "report-screen");

    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.getByRole("button", { name: "Udskriv / gem som PDF" }).isVisible()).toBe(false);
    await page.screenshot({ path: path.join(SCREENSHOTS, "report-print.png"), fullPage: true });
    await page.emulateMedia({ media: "screen" });
    expect(s.problems).toEqual([]);
  });

  it("npm run report prints the PDF from the running app", () => {
    const out = path.join(dir, "report.pdf");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "api/report-cli.ts", "--plan", PLAN, "--out", out, "--url", inject("appUrl")],
      { cwd: root, encoding: "utf8", timeout: 80_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const title of SECTIONS) expect(run.stdout).toContain(title);
    const pdf = readFileSync(out);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);
    const pages = pdf.toString("latin1").match(/\/Type\s*\/Page\b/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  });

  it("npm run report refuses clearly when no app answers at --url, and writes nothing", () => {
    const out = path.join(dir, "none.pdf");
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "api/report-cli.ts", "--plan", PLAN, "--out", out, "--url", "http://127.0.0.1:9"],
      { cwd: root, encoding: "utf8", timeout: 30_000 },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("No Plangraf app answers at http://127.0.0.1:9");
    expect(() => readFileSync(out)).toThrow();
  });
});
