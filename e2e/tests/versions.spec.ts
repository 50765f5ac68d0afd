import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { editorText, newSection, waitUntilSaved } from "../support/editing";
import { DEMO_PROGRAMME, signIn } from "../support/people";

test("an editor names a version, compares it with later text, and restores it", async ({
  page,
  context,
}) => {
  await signIn(page, "editor@example.org");
  const title = `Consultation plan ${Date.now()}`;
  const sectionUrl = await newSection(page, title);

  // The first text, then a named version of it.
  await editorText(page).click();
  await page.keyboard.type("Original wording for the consultation.");
  await waitUntilSaved(page);

  const versionsPage = await context.newPage();
  await versionsPage.goto(`${sectionUrl}/versions`);
  await expect(versionsPage.getByRole("heading", { name: `Versions of ${title}` })).toBeVisible();
  await expectAccessible(versionsPage);
  await versionsPage.getByLabel("Name").fill("Draft for consultation 2");
  await versionsPage.getByLabel("Note (optional)").fill("Sent to the steering group.");
  await versionsPage.getByRole("button", { name: "Save version" }).click();
  await expect(versionsPage.getByRole("status")).toContainText(/Saved as version \d+\./);
  const named = versionsPage.locator(".version-item", {
    has: versionsPage.getByRole("heading", { name: /Draft for consultation 2/ }),
  });
  await expect(named).toContainText("Sent to the steering group.");
  await expect(named).toContainText("Dr Helen Price");
  await expectAccessible(versionsPage);

  // Change the text in the live editor.
  await editorText(page).click();
  await page.keyboard.press("Control+End");
  await page.keyboard.type(" Added after the workshop.");
  await waitUntilSaved(page);

  // Compare the named version with the current text: the new words are marked as inserted.
  const namedNumber = (await named.getByRole("heading").textContent())!.match(/Version (\d+)/)![1];
  await named
    .getByRole("link", { name: `Compare version ${namedNumber} with the current text` })
    .click();
  await expect(
    versionsPage.getByRole("heading", { name: `Compare versions of ${title}` }),
  ).toBeVisible();
  const differences = versionsPage.getByRole("region", { name: "Differences" });
  const inserted = differences.locator("ins");
  await expect(inserted).toContainText("Added after the workshop.");
  await expect(inserted.locator(".visually-hidden")).toHaveText("Inserted: ");
  await expect(differences.locator("del")).toHaveCount(0);
  await expect(versionsPage.getByRole("status")).toContainText("4 words inserted, 0 words deleted");
  await expectAccessible(versionsPage);

  // Restore the named version: it becomes a new, newest version, and the live editor (still
  // open) goes back to the old text.
  await versionsPage.getByRole("link", { name: "Versions" }).click();
  await versionsPage.getByRole("button", { name: `Restore version ${namedNumber}` }).click();
  await expect(versionsPage.getByRole("status")).toContainText(
    `Version ${namedNumber} restored as version`,
  );
  const newest = versionsPage.locator(".version-item").first();
  await expect(newest.getByRole("heading")).toHaveText(
    new RegExp(`restored from version ${namedNumber}$`),
  );
  await expect(newest).toContainText("Dr Helen Price");
  // The text before the restore was kept as a version too.
  await expect(versionsPage.locator(".version-item").nth(1).getByRole("heading")).toHaveText(
    /saved automatically/,
  );
  await expectAccessible(versionsPage);

  await expect(editorText(page)).toHaveText("Original wording for the consultation.");
  await page.reload();
  await expect(editorText(page)).toHaveText("Original wording for the consultation.");
});

test("a viewer can list and compare versions but not save or restore them", async ({ page }) => {
  await signIn(page, "viewer@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/toolbox`);
  await page.getByRole("link", { name: "Our shared vision" }).click();
  await page.getByRole("link", { name: "Versions" }).click();
  await expect(page.getByRole("heading", { name: "Versions of Our shared vision" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save version" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: /Restore version/ })).toHaveCount(0);
  await expectAccessible(page);
});
