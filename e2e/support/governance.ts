// Helpers for change control and sign-off: marking the open section agreed, as its owner does.
import { expect, type Page } from "@playwright/test";

/** On a section page: opens the status form, chooses Agreed and records the decision. */
export async function markAgreed(page: Page, decision: string) {
  await page.getByText(/^Status: /).click();
  await page.getByLabel("Status", { exact: true }).selectOption("agreed");
  await page.getByLabel("Decision").fill(decision);
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: "Status saved. The decision log records" }),
  ).toBeVisible();
  await expect(page.locator(".meta .badge")).toHaveText("Agreed");
}
