// Adding a link in the section editor with the keyboard: a labelled field in the page (no
// window.prompt), Enter saves, Escape cancels, and an unsafe address is refused with a message.
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, person, waitUntilSaved } from "../support/editing";

test("a link is added through a labelled field: Enter saves, Escape cancels, unsafe refused", async ({
  browser,
}) => {
  const { page, context } = await person(browser, "editor@example.org");
  page.on("dialog", (dialog) => {
    throw new Error(`A browser dialog opened: ${dialog.message()}`);
  });
  await newSection(page, `Links ${Date.now()}`);
  await waitUntilSaved(page);
  await editorText(page).click();
  await page.keyboard.type("Read the NHS website");
  await page.keyboard.down("Shift");
  for (let i = 0; i < "NHS website".length; i++) await page.keyboard.press("ArrowLeft");
  await page.keyboard.up("Shift");

  const link = page.getByRole("toolbar", { name: "Formatting" }).getByRole("button", {
    name: "Link",
  });
  // Escape closes the form and changes nothing.
  await link.click();
  const field = page.getByLabel("Link address");
  await expect(field).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(field).toHaveCount(0);
  await expect(editorText(page).locator("a")).toHaveCount(0);

  // An unsafe address is refused with a clear message; the form stays open.
  await link.click();
  await field.fill("javascript:alert(1)");
  await page.keyboard.press("Enter");
  await expect(page.getByText("This address cannot be a link.")).toBeVisible();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(editorText(page).locator("a")).toHaveCount(0);

  // Enter saves a safe one on the selected words.
  await field.fill("https://www.nhs.uk");
  await page.keyboard.press("Enter");
  await expect(field).toHaveCount(0);
  await expect(editorText(page).locator("a")).toHaveAttribute("href", "https://www.nhs.uk");
  await expect(editorText(page).locator("a")).toHaveText("NHS website");
  await context.close();
});
