import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { ID, openApp, searchParams, withCy } from "./support/app";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("impact: what is hit if Focus.IT slips", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("lists IT-afdelingen's goals with evidence and highlights them", async () => {
    const { page } = s;
    await openApp(page, inject("appUrl"));
    await page.getByRole("combobox", { name: "Søg i planen" }).fill("Focus.IT");
    await page
      .getByRole("region", { name: "Søgeresultater" })
      .locator("button.hit")
      .filter({ has: page.locator("strong", { hasText: /^Focus\.IT$/ }) })
      .first()
      .click();
    await page.getByRole("group", { name: "Panel" }).getByRole("button", { name: "Konsekvens" }).click();
    expect(searchParams(page).get("mode")).toBe("impact");

    const it_ = page.getByTestId("impact-groups").getByRole("region", { name: "IT-afdelingen" });
    await it_.waitFor();
    await expect.poll(() => it_.locator(".impact-item-head button.node-link").allTextContents()).toEqual(
      expect.arrayContaining(["Digitaliseringsstrategi", expect.stringMatching(/^Ressourcestrategi/)]),
    );
    // The chain of evidence opens with the plan's words.
    const item = it_.locator(".impact-item").filter({ hasText: "Digitaliseringsstrategi" }).first();
    await item.locator("summary").click();
    await expect.poll(() => item.locator("blockquote").first().textContent()).toMatch(/Focus\.IT/);

    // The graph highlights the root and what it hits.
    await expect
      .poll(() =>
        withCy(
          page,
          (cy, ids) => ({
            root: cy.$(".hl-root").map((n) => n.id()),
            hit: ids.goals.filter((id) => cy.getElementById(id).hasClass("hl-node")),
            faded: cy.$(".faded").length > 0,
          }),
          { goals: [ID.itDigitalisering, ID.itRessource] },
        ),
      )
      .toEqual({ root: [ID.focusIt], hit: [ID.itDigitalisering, ID.itRessource], faded: true });

    // Upstream and depth are part of the question (and of the URL).
    await page.getByRole("radio", { name: "Opstrøms" }).check({ force: true });
    await expect.poll(() => searchParams(page).get("dir")).toBe("up");
    await page.getByRole("radio", { name: "Nedstrøms" }).check({ force: true });
    await page.getByLabel("Dybde").selectOption("2");
    await expect.poll(() => searchParams(page).get("depth")).toBe("2");
    await page.getByTestId("impact-summary").waitFor();
    // The cut is explained in Danish, from the API's numbers.
    await expect
      .poll(() => page.getByRole("region", { name: /Detaljer og analyse/ }).textContent())
      .toMatch(/Svaret er afkortet: dybde 2 er nået, og (mindst )?\d+ noder mere ligger længere nedstrøms/);
    await screenshot(page, "04-impact-focus-it");
    expect(s.problems).toEqual([]);
  });
});
