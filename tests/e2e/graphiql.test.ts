import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { openBrowser, screenshot, type Session } from "./support/browser";

describe("the GraphQL explorer at /graphiql, served by the project itself", () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser();
  });
  afterAll(async () => {
    await s?.close();
  });

  it("opens with an example per question, the first one's variables filled in, and runs it", async () => {
    const { page } = s;
    const outside: string[] = [];
    page.on("request", (request) => {
      if (
        !request.url().startsWith(inject("appUrl")) &&
        !request.url().startsWith("data:") &&
        !request.url().startsWith("blob:")
      )
        outside.push(request.url());
    });
    await page.goto(`${inject("appUrl")}/graphiql`);
    await page.locator(".graphiql-tab").first().waitFor();
    expect(await page.locator(".graphiql-tab").count()).toBeGreaterThan(5);

    // The first tab's variables are in the variables editor, not only its operation.
    await expect
      .poll(() => page.locator(".graphiql-editor-tool").textContent(), { timeout: 15_000 })
      .toContain("ltk-okf-2009:system:focus-it");

    await page.locator(".graphiql-execute-button").click();
    await expect
      .poll(() => page.locator(".result-window").textContent(), { timeout: 15_000 })
      .toContain("Digitaliseringsstrategi");
    await screenshot(page, "12-graphiql");
    expect(outside).toEqual([]);
    expect(s.problems).toEqual([]);
  });
});
