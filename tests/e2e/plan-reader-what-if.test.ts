/**
 * Issue 12, "read the plan" and "what-if that moves dates": a goal's quote opens its passage
 * in the plan reader, highlighted, and the passage links back into the graph; a slipped
 * deadline shows old and new dates side by side, names the deadline now missed, leaves the
 * elections where they are, and bad input gets a message.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openApp, PLAN, searchParams, waitForGraph } from "./support/app";
import { seriousViolations } from "./support/axe";
import { openBrowser, screenshot, type Session } from "./support/browser";

const GOAL_E = `${PLAN}:borgmestersekretariatet:e`;
const INFRASTRUCTURE = `${PLAN}:milestone:ny-infrastruktur`;

describe("quote to passage and back", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("opens a goal's quote in the plan, highlighted, and follows a link back into the graph", async () => {
    const { page } = s;
    const appUrl = inject("appUrl");
    await openApp(page, appUrl, `?view=graph&plan=${PLAN}&sel=${encodeURIComponent(GOAL_E)}`);
    const item = page.locator(".edge-item", { hasText: "Kommunalvalg" }).first();
    const link = item.getByRole("link", { name: "Læs i planen" });
    await link.waitFor();
    expect(await link.getAttribute("href")).toMatch(
      new RegExp(`^/plan/${PLAN}\\?q=.+#borgmestersekretariatet-.*e-valg-og-folkeafstemning`),
    );
    await link.click();
    await page.waitForURL((url) => url.pathname === `/plan/${PLAN}`);
    const mark = page.getByTestId("reader-highlight");
    await mark.waitFor();
    expect(await mark.textContent()).toContain("17. november");
    expect(await mark.isVisible()).toBe(true);
    const box = await mark.boundingBox();
    expect(box && box.y >= 0 && box.y < 900).toBe(true);
    // The passage names the edges that quote it, each end a link into the graph.
    await screenshot(page, "plan-reader-passage");
    expect(await seriousViolations(page)).toEqual([]);
    const passage = page.getByTestId("reader-passage");
    expect(await passage.textContent()).toContain("Kommunalvalg");
    const back = passage.locator(`a[href="/?view=graph&plan=${PLAN}&sel=${encodeURIComponent(GOAL_E)}"]`).first();
    await back.click();
    await waitForGraph(page);
    expect(searchParams(page).get("sel")).toBe(GOAL_E);
    await page.getByRole("link", { name: "Læs i planen" }).first().waitFor();
    expect(s.problems).toEqual([]);
  });

  it("serves the reader at /plan/<planId> directly, with an anchor per section", async () => {
    const { page } = s;
    await page.goto(`${inject("appUrl")}/plan/${PLAN}#it-afdelingen`);
    await page.getByTestId("reader-target").waitFor();
    expect(await page.locator("section.reader-section[id]").count()).toBeGreaterThan(150);
    expect(await page.getByTestId("reader-target").getAttribute("id")).toBe("it-afdelingen");
  });
});

describe("what-if moves dates", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("shows old and new dates side by side, names the missed deadline, keeps the elections, refuses bad input", async () => {
    const { page } = s;
    await page.goto(
      `${inject("appUrl")}/?view=timeline&plan=${PLAN}&milestone=${encodeURIComponent(INFRASTRUCTURE)}&slip=30`,
    );
    const missed = page.getByTestId("what-if-missed");
    await missed.waitFor();
    expect(await missed.textContent()).toContain("Ny IT-infrastruktur på plads");
    expect(await missed.textContent()).toContain("1. juli 2009");
    expect(await missed.textContent()).toContain("31. juli 2009");
    const newDates = await page.getByTestId("timeline-new-date").allTextContents();
    // The deadline itself and the start that follows it; the deadline is marked missed.
    expect(newDates).toHaveLength(2);
    for (const d of newDates) expect(d).toContain("31. juli 2009");
    expect(newDates.filter((d) => d.includes("Frist overskredet"))).toHaveLength(1);
    // The election row: its date with the year, no new date.
    const election = page.locator("tr", { hasText: "Kommunalvalg" });
    expect(await election.locator("td").first().textContent()).toContain("17. november 2009");
    expect(await election.getByTestId("timeline-new-date").count()).toBe(0);
    await screenshot(page, "what-if-dates");

    const input = page.getByLabel("Forsinkelse (dage)");
    await input.fill("-400");
    await page.getByRole("button", { name: "Beregn" }).click();
    expect(await page.getByRole("alert").textContent()).toContain("fra 1 til 3650");
    expect(new URL(page.url()).searchParams.get("slip")).toBe("30");

    await input.fill("90");
    await page.getByRole("button", { name: "Beregn" }).click();
    await page.waitForFunction(() =>
      [...document.querySelectorAll("[data-testid=timeline-new-date]")].some((e) =>
        e.textContent?.includes("29. september 2009"),
      ),
    );
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(await page.getByTestId("what-if-missed").textContent()).toContain("90 dage for sent");
    await screenshot(page, "what-if-dates-90");
    expect(await seriousViolations(page)).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
