import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openApp, searchParams, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("keyboard: the graph is reachable and usable without a mouse", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("takes focus, moves a focus ring with the arrow keys, says where it is, and opens a node with Enter", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"));
    const canvas = page.getByRole("application", { name: /Graf med \d+ noder/ });
    await canvas.focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("graph-canvas");

    await page.keyboard.press("ArrowRight");
    const announced = page.getByTestId("graph-keyboard-focus");
    await expect.poll(() => announced.textContent()).toMatch(/\(.+\), \d+ forbindelser\. Enter åbner\./);
    const first = await withCy(page, (cy) => cy.$("node.kb-focus").map((n) => n.id()), null);
    expect(first).toHaveLength(1);

    // Another arrow moves the ring to another node (the graph has nodes on every side of the first).
    const moved: string[] = [];
    for (const key of ["ArrowLeft", "ArrowDown", "ArrowUp", "ArrowRight"]) {
      await page.keyboard.press(key);
      moved.push((await withCy(page, (cy) => cy.$("node.kb-focus").map((n) => n.id()), null))[0] ?? "");
    }
    expect(moved.some((id) => id !== first[0])).toBe(true);
    const focused = (await withCy(page, (cy) => cy.$("node.kb-focus").map((n) => n.id()), null))[0]!;
    await screenshot(page, "10-keyboard-focus");

    await page.keyboard.press("Enter");
    await expect.poll(() => searchParams(page).get("sel")).toBe(focused);
    await expect.poll(() => page.locator("#details-title").textContent()).toBeTruthy();

    // + zooms in, 0 shows the whole graph again. Opening a node may still be moving the view
    // (its neighbours are placed and brought into sight): wait until the zoom holds still.
    const zoomNow = () => withCy(page, (cy) => cy.zoom(), null);
    let before = await zoomNow();
    for (let settled = false, tries = 0; !settled && tries < 20; tries++) {
      await page.waitForTimeout(300);
      const next = await zoomNow();
      settled = next === before;
      before = next;
    }
    await canvas.focus();
    await page.keyboard.press("+");
    await expect.poll(zoomNow).toBeGreaterThan(before);
    await page.keyboard.press("Escape");
    expect(await withCy(page, (cy) => cy.$("node.kb-focus").length, null)).toBe(0);
    expect(s.problems).toEqual([]);
  });
});
