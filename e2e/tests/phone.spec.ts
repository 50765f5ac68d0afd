import { expect, test } from "../support/test";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

test.use({ viewport: { width: 390, height: 844 } });

test("the app shell works on a phone screen", async ({ page }) => {
  await visitAccessible(page, "/");
  await signIn(page, "contributor@example.org");
  for (const path of ["", "/toolbox", "/delivery-models", "/people", "/academy", "/feedback"]) {
    await visitAccessible(page, `/p/${DEMO_PROGRAMME}${path}`);
    // Nothing runs off the side of the screen except scrollable tables and the nav strip.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
  }
  const nav = page.getByRole("navigation", { name: "Programme" });
  await nav.getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { name: "People" })).toBeVisible();
  await page.locator("summary", { hasText: "Account menu" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
});
