/**
 * Client: in headless Chromium, time from data arrival to a laid-out graph that has drawn
 * and takes taps, for the seed plan, 2k and 5k elements, with the canvas and the WebGL
 * renderer; then fps while panning. A real mouse click on a node checks it is interactive.
 */
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type BrowserContext } from "playwright-core";
import { CHROMIUM, CHROMIUM_ARGS } from "../../../api/chromium.js";
import type { PlanGraph } from "../../../graph/model.js";
import { generatePlans } from "../../../graph/synthetic/generate.js";
import { buildPage } from "../client/build.js";
import { toGraphView } from "../client/graph-view.js";
import type { ClientCase, ClientResult } from "../client/page.js";
import type { BenchContext } from "../context.js";
import { summarize } from "../lib/stats.js";
import { verdict } from "../report.js";

const READY_TARGET_MS = 5_000;
const CASE_TIMEOUT_MS = 90_000;

async function seedPlanGraph(log: (line: string) => void): Promise<{ plans: PlanGraph[]; label: string }> {
  try {
    const { SEED_PLANS } = await import("../../../seeds/seed-plans.js");
    const { buildPlanGraph } = await import("../../../seeds/build-plan-graph.js");
    return { plans: [await buildPlanGraph(SEED_PLANS[0]!)], label: "seed plan (2009)" };
  } catch (error) {
    log(
      `seed plan did not build (${error instanceof Error ? error.message.split("\n")[0] : error}); using synthetic plan 0 in its place`,
    );
    return { plans: [...generatePlans(0, 1)], label: "seed plan (synthetic stand-in)" };
  }
}

async function runCase(
  browser: BrowserContext,
  html: string,
  c: ClientCase,
): Promise<ClientResult & { tapped: boolean }> {
  const page = await browser.newPage();
  try {
    await page.setContent(html);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no result within ${CASE_TIMEOUT_MS / 1000} s`)), CASE_TIMEOUT_MS);
    });
    const result = await Promise.race([page.evaluate((arg) => window.benchClient(arg), c), deadline]).finally(() =>
      clearTimeout(timer),
    );
    let tapped = false;
    if (result.probe) {
      await page.mouse.click(result.probe.x, result.probe.y);
      // Any node's tap handler answering counts: with overlapping nodes the click may land on a neighbour.
      tapped = await page.evaluate(
        () => new Promise<boolean>((r) => setTimeout(() => r(window.benchTapped.length > 0), 100)),
      );
    }
    return { ...result, tapped };
  } finally {
    await page.close();
  }
}

export async function runClient(ctx: BenchContext): Promise<void> {
  const bundle = await buildPage(ctx.log);
  const seed = await seedPlanGraph(ctx.log);
  const synthetic = [...generatePlans(0, 8)];
  const datasets = [
    { label: seed.label, view: toGraphView(seed.plans) },
    ...(ctx.options.quick ? [] : [{ label: "2k elements", view: toGraphView(synthetic, 2_000) }]),
    { label: "5k elements", view: toGraphView(synthetic, 5_000) },
  ];
  const reps = ctx.options.quick ? 1 : 3;
  const panMs = ctx.options.quick ? 1_500 : 3_000;
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), "plangraf-bench-chromium-"));
  const browser = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
  });
  const raw: Record<string, unknown> = { page: bundle.source };
  try {
    for (const d of datasets) {
      const json = JSON.stringify(d.view);
      const elements = d.view.nodes.length + d.view.edges.length;
      const variants: { webgl: boolean; override?: Record<string, unknown>; note?: string }[] = [
        { webgl: false },
        { webgl: true },
      ];
      // A proposal measured alongside: fcose's draft quality from 800 nodes (the app switches at 1200).
      if (elements >= 4_000)
        variants.push({ webgl: false, override: { quality: "draft" }, note: "proposal: fcose quality draft" });
      for (const { webgl, override, note } of variants) {
        const runs: (ClientResult & { tapped: boolean })[] = [];
        for (let i = 0; i < reps; i++) {
          runs.push(
            await runCase(browser, bundle.html, {
              json,
              webgl,
              panMs,
              ...(override ? { layoutOverride: override } : {}),
            }),
          );
          ctx.log(
            `client: ${d.label} (${elements} elements) ${webgl ? "webgl" : "canvas"}${note ? ` (${note})` : ""} #${i + 1}: ready ${runs.at(-1)!.readyMs.toFixed(0)} ms`,
          );
        }
        const name = `${d.label}: ${d.view.nodes.length} nodes + ${d.view.edges.length} edges`;
        const renderer = `${webgl ? "WebGL (canvas + webgl: true)" : "canvas"}${note ? `, ${note}` : ""}`;
        raw[`${name} ${renderer}`] = runs;
        if (webgl && !runs[0]!.webglAvailable) {
          ctx.rows.push({
            section: "client",
            case: name,
            measure: renderer,
            value: "",
            ratio: null,
            target: "",
            verdict: "n/a (no WebGL2 in headless Chromium with --disable-gpu)",
          });
          continue;
        }
        const ready = summarize(runs.map((r) => r.readyMs));
        const layout = summarize(runs.map((r) => r.layoutMs));
        const fps = summarize(runs.map((r) => r.panFps));
        const tapped = runs.every((r) => r.tapped);
        const target = elements >= 4_000 && !note ? `ready < ${READY_TARGET_MS / 1000} s` : "";
        ctx.rows.push({
          section: "client",
          case: name,
          measure: `${renderer}: ready (layout) ms, pan fps, median of ${reps}`,
          value: `${ready.p50.toFixed(0)} (${layout.p50.toFixed(0)}) ms, ${fps.p50.toFixed(0)} fps, tap ${tapped ? "ok" : "NOT RECEIVED"}`,
          ratio: null,
          target,
          verdict: target ? verdict(ready.p50 < READY_TARGET_MS && tapped) : "",
        });
      }
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  ctx.raw.client = raw;
}
