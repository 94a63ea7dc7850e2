import type { Core } from "cytoscape";
import type { Page } from "playwright-core";

/** Ids of the 2009 plan, as the seed loader writes them. */
export const PLAN = "ltk-okf-2009";
export const ID = {
  opus: `${PLAN}:system:opus`,
  focusIt: `${PLAN}:system:focus-it`,
  it: `${PLAN}:it-afdelingen`,
  personale: `${PLAN}:personaleafdelingen`,
  oekonomi: `${PLAN}:oekonomiafdelingen`,
  borgmester: `${PLAN}:borgmestersekretariatet`,
  itDigitalisering: `${PLAN}:it-afdelingen:e`,
  itRessource: `${PLAN}:it-afdelingen:f`,
  intranet: `${PLAN}:system:intranet`,
  borgmesterIntranet: `${PLAN}:borgmestersekretariatet:b`,
  borgmesterRaadhus: `${PLAN}:borgmestersekretariatet:n`,
  personaleLoen: `${PLAN}:personaleafdelingen:c`,
} as const;

/** Waits until the graph is drawn: elements in the model and the layout finished. */
export async function waitForGraph(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const cy = (window as unknown as { __cy?: Core }).__cy;
    const canvas = document.querySelector<HTMLElement>("[data-testid=graph-canvas]");
    return Boolean(cy && cy.nodes().length > 0 && canvas?.dataset.layoutState === "done");
  });
}

export async function openApp(page: Page, appUrl: string, search = ""): Promise<void> {
  await page.goto(`${appUrl}/${search}`);
  await waitForGraph(page);
}

/**
 * Runs `fn` against the page's Cytoscape model (the test-only `window.__cy`). `fn` is sent
 * as source, so it must not close over anything but `arg`.
 */
export async function withCy<A, R>(page: Page, fn: (cy: Core, arg: A) => R, arg: A): Promise<R> {
  return page.evaluate(
    ([source, a]) => {
      const cy = (window as unknown as { __cy?: Core }).__cy;
      if (!cy) throw new Error("window.__cy is not set");
      return (new Function(`return (${source})`)() as (c: Core, x: unknown) => R)(cy, a);
    },
    [fn.toString(), arg] as const,
  ) as Promise<R>;
}

export function searchParams(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
