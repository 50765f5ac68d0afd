// On a phone, every programme area is one tap away and every form control works with a finger;
// an address a person can open by hand is a proper page.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn } from "../support/people";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("every programme area's tab is on screen on a phone, without scrolling the tab strip", async ({
  page,
}) => {
  await signIn(page, "contributor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}`);
  const nav = page.getByRole("navigation", { name: "Programme" });
  const links = nav.getByRole("link");
  await expect(links).toHaveCount(7); // … Feedback, People, Decisions
  for (const link of await links.all()) {
    const box = (await link.boundingBox())!;
    expect(box.x, `${await link.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${await link.textContent()} ends on screen`).toBeLessThanOrEqual(
      390,
    );
  }
  await nav.getByRole("link", { name: "Feedback" }).click();
  await expect(page).toHaveURL(new RegExp(`/p/${DEMO_PROGRAMME}/feedback$`));
});

test("member organisations are chosen with tick boxes, not a hold-Ctrl list", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/delivery-models`);
  await expect(page.getByRole("heading", { name: "Add a partnership" })).toBeVisible();
  const organisations = page.getByRole("group", { name: "Member organisations" });
  await expect(page.locator("select[multiple]")).toHaveCount(0);
  const boxes = organisations.getByRole("checkbox");
  expect(await boxes.count()).toBeGreaterThan(1);
  await boxes.nth(0).tap();
  await boxes.nth(1).tap();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(1)).toBeChecked();
  await expectAccessible(page);
});

test("opening a section's comments address shows the section, not a bare error", async ({
  page,
}) => {
  await signIn(page, "contributor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  const href = await page
    .locator("a[href]")
    .evaluateAll((links) =>
      links
        .map((link) => link.getAttribute("href") ?? "")
        .find((h) => /\/toolbox\/(?!releases)[^/?]+$/.test(h)),
    );
  const response = await page.goto(`${href}/comments`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");
  expect(await page.title()).not.toBe("");
});
