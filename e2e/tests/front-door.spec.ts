// A visitor without an account finds everything public from the start page: the published
// Toolbox, "you said, we did", giving feedback and joining a workshop.
import { expect, test, type Page } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, visitAccessible } from "../support/people";

async function expectNoSidewaysScroll(page: Page) {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scrollWidth, `sideways scrolling on ${page.url()}`).toBeLessThanOrEqual(innerWidth);
}

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`a signed-out visitor reaches every public page from the start page at ${viewport.width} px`, async ({
    page,
  }) => {
    await page.setViewportSize(viewport);
    await visitAccessible(page, "/");
    await expectNoSidewaysScroll(page);
    const programme = page.getByRole("region", { name: "Whole Systems Integrated Care" });

    await programme.getByRole("link", { name: /^Read the / }).click();
    await expect(page).toHaveURL(new RegExp(`/toolbox/${DEMO_PROGRAMME}$`));
    await expect(page.getByRole("heading", { name: "Contents" })).toBeVisible();
    await expectAccessible(page);
    // The Toolbox leads on to what people said.
    await page.getByRole("link", { name: "You said, we did" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "You said, we did" })).toBeVisible();

    await visitAccessible(page, "/");
    await programme.getByRole("link", { name: /^You said, we did/ }).click();
    await expect(page).toHaveURL(new RegExp(`/feedback/${DEMO_PROGRAMME}$`));
    await expect(page.getByRole("heading", { level: 1, name: "You said, we did" })).toBeVisible();
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);

    await page.goto("/");
    await programme.getByRole("link", { name: "Give feedback", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/feedback/${DEMO_PROGRAMME}/give$`));
    await expectAccessible(page);

    await page.goto("/");
    await programme.getByRole("link", { name: "Give feedback in easy read" }).click();
    await expect(page).toHaveURL(new RegExp(`/feedback/${DEMO_PROGRAMME}/easy-read$`));
    await expectAccessible(page);

    await page.goto("/");
    await page.getByRole("link", { name: "Join a session" }).click();
    await expect(page.getByRole("heading", { name: "Join a session" })).toBeVisible();
    await expectAccessible(page);
  });
}
