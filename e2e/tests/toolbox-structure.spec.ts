import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn, visitAccessible } from "../support/people";

test("an editor adds, reorders, nests and archives sections with the keyboard", async ({
  page,
}) => {
  await signIn(page, "editor@example.org");
  await visitAccessible(page, `/p/${DEMO_PROGRAMME}/toolbox`);
  const handbook = page.locator("section.card", {
    has: page.getByRole("heading", { name: "Governance handbook", exact: true }),
  });
  const stamp = Date.now();
  const first = `Escalation routes ${stamp}`;
  const second = `Board membership ${stamp}`;

  // Bad input: a clear message and nothing added.
  await handbook.getByRole("button", { name: "Add section" }).click();
  await expect(page.getByText("Enter a title for the section.")).toBeVisible();

  for (const title of [first, second]) {
    const input = page
      .locator("section.card", {
        has: page.getByRole("heading", { name: "Governance handbook", exact: true }),
      })
      .getByLabel(/New section in/);
    // The form is new (and empty) after each addition; type only once it is.
    await expect(input).toHaveValue("");
    await input.fill(title);
    await expect(input).toHaveValue(title);
    await input.press("Enter");
    await expect(page.getByRole("status")).toContainText(`Section "${title}" added.`);
  }
  const titles = () =>
    page
      .locator("section.card", {
        has: page.getByRole("heading", { name: "Governance handbook", exact: true }),
      })
      .locator(".section-tree a")
      .allTextContents();
  const ours = async () => (await titles()).filter((t) => t.endsWith(String(stamp)));
  await expect.poll(ours).toEqual([first, second]);

  // Move the second above the first, using only the keyboard.
  await page.getByRole("button", { name: `Move up: ${second}` }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status")).toContainText(`Moved "${second}"`);
  await expect.poll(ours).toEqual([second, first]);

  // Nest the first under the second: it appears inside the second's list.
  await page.getByRole("button", { name: `Move into the section above: ${first}` }).click();
  await expect(
    page
      .locator("li", { has: page.getByRole("link", { name: second }) })
      .locator("ol a", { hasText: first }),
  ).toBeVisible();
  await expectAccessible(page);

  // Archive the parent: both leave the outline.
  await page.getByRole("button", { name: `Archive: ${second}` }).click();
  await expect(page.getByRole("status")).toContainText(`"${second}" has been archived.`);
  await expect(page.getByRole("link", { name: first })).toHaveCount(0);

  // Restore it from the archived list: it comes back, with its sub-section.
  await page.getByRole("button", { name: `Restore: ${second}` }).click();
  await expect(page.getByRole("status")).toContainText(`"${second}" is back in the outline.`);
  await expect(page.getByRole("link", { name: first })).toBeVisible();
  await expectAccessible(page);
});

test("an editor renames a section and sets its status and owner", async ({ page }) => {
  await signIn(page, "editor@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  const handbook = page.locator("section.card", {
    has: page.getByRole("heading", { name: "Shared data and information governance handbook" }),
  });
  const title = `Decision rights ${Date.now()}`;
  await handbook.getByLabel(/New section in/).fill(title);
  await handbook.getByRole("button", { name: "Add section" }).click();
  await page.getByRole("link", { name: title }).click();

  await page.getByText("Section details: title and owner").click();
  await page.getByLabel("Title").fill("");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByText("Enter a title for the section.")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Title").fill(`${title} (revised)`);
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${title} (revised)`);
  await page.getByText("Status: Draft").click();
  await page.getByLabel("Status", { exact: true }).selectOption("in_review");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.locator(".meta .badge")).toHaveText("In review");
});

test("a viewer sees the outline but no editing controls", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  await expect(
    page.getByRole("heading", { name: "Governance handbook", exact: true }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Add section" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /^Move up/ })).toHaveCount(0);
});
