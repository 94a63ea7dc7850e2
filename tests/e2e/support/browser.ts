/**
 * Headless Chromium (Debian's) for the journeys: a fresh profile per test file, downloads
 * accepted, a desktop viewport. Nothing may load from the internet.
 */
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../api/chromium.js";

export const SCREENSHOTS = path.resolve(import.meta.dirname, "..", "screenshots");

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Console errors and failed requests seen so far (a journey should end with none). */
  problems: string[];
  close: () => Promise<void>;
}

export interface BrowserOptions {
  viewport?: { width: number; height: number };
  /** A phone or tablet: touch events, as a finger gives them. */
  hasTouch?: boolean;
}

export async function openBrowser(options: BrowserOptions = {}): Promise<Session> {
  const profile = await mkdtemp(path.join(os.tmpdir(), "plangraf-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    acceptDownloads: true,
    viewport: options.viewport ?? { width: 1440, height: 900 },
    hasTouch: options.hasTouch ?? false,
    locale: "da-DK",
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("requestfailed", (r) => {
    const error = r.failure()?.errorText ?? "";
    // Navigating away (reload, goto) aborts queries still in flight: expected, not a problem.
    if (!error.includes("ERR_ABORTED")) problems.push(`request failed: ${r.url()} ${error}`);
  });
  return {
    context,
    page,
    problems,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: false });
}
