// A person who sends more than the server accepts sees why, in plain words, and nothing is
// saved. (The caps themselves are tested over raw HTTP in apps/web/server/body-limits.test.ts.)
import { expect, test } from "../support/test";
import { expectAccessible } from "../support/accessibility";
import { DEMO_PROGRAMME, signIn } from "../support/people";

test("a CSV file far over the size limit is refused with a clear message", async ({ page }) => {
  await signIn(page, "admin@example.org");
  await page.goto(`/p/${DEMO_PROGRAMME}/delivery-models/data`);
  await page.getByLabel("What the file contains").selectOption("milestones");
  await page.getByLabel("CSV file").setInputFiles({
    name: "huge.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(9 * 1024 * 1024, "a"),
  });
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByRole("heading", { name: "This is too large to send" })).toBeVisible();
  await expect(
    page.getByText("This file is too large: use a CSV file of at most 2 MB."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectAccessible(page);
});
