/**
 * Prints the meeting report ("Tværgående afhængigheder", `?view=report&plan=<id>`) of a running
 * app to PDF with headless Chromium. Starts no server: the app at `url` must be running.
 */
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "./chromium.js";

export interface PrintedReport {
  out: string;
  bytes: number;
  /** The report's section titles, as the page showed them when it was printed. */
  sections: string[];
}

export class ReportError extends Error {}

/** Whether something answers at `url` (the app's readiness endpoint, else its root). */
export async function appAnswers(url: string): Promise<boolean> {
  for (const probe of [`${url}/readyz`, url]) {
    try {
      const response = await fetch(probe, { signal: AbortSignal.timeout(3_000) });
      if (response.ok) return true;
    } catch {
      // not listening, or not this app
    }
  }
  return false;
}

export async function printReport(options: {
  url: string;
  planId: string;
  out: string;
  lang?: "da" | "en";
  timeoutMs?: number;
}): Promise<PrintedReport> {
  const base = options.url.replace(/\/+$/, "");
  if (!(await appAnswers(base))) {
    throw new ReportError(
      `No Plangraf app answers at ${base}. Start one first (npm start) or pass --url <address of a running app>.`,
    );
  }
  const profile = await mkdtemp(path.join(os.tmpdir(), "plangraf-report-"));
  // A fresh profile per run (Playwright takes it as launchPersistentContext's directory, not as --user-data-dir).
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    locale: "da-DK",
    args: CHROMIUM_ARGS,
  });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    const query = new URLSearchParams({
      view: "report",
      plan: options.planId,
      ...(options.lang === "en" ? { lang: "en" } : {}),
    });
    await page.goto(`${base}/?${query.toString()}`);
    const timeout = options.timeoutMs ?? 30_000;
    const ready = page.locator("[data-testid=report][data-ready=true]");
    const failed = page.getByRole("alert");
    await Promise.race([ready.waitFor({ timeout }), failed.first().waitFor({ timeout })]);
    if (!(await ready.count())) {
      throw new ReportError(
        `The report for plan "${options.planId}" could not be shown: ${(await failed.first().textContent())?.trim() ?? "unknown error"}`,
      );
    }
    const sections = (await ready.locator("h2, h3").allTextContents()).map((s) => s.trim());
    await page.emulateMedia({ media: "print" });
    await page.pdf({
      path: options.out,
      format: "A4",
      printBackground: true,
      margin: { top: "14mm", bottom: "14mm", left: "12mm", right: "12mm" },
    });
    return { out: options.out, bytes: (await stat(options.out)).size, sections };
  } finally {
    await browser.close();
    await rm(profile, { recursive: true, force: true });
  }
}
